using System.Reflection;

namespace ChatBot.Benchmarks;

/// <summary>Where the tool finds the repository's content, fixtures and the host build it measures.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedContent => Path.Combine(Root, "content");

    public static string SquadSample => Path.Combine(Root, "tests", "fixtures", "squad-dev-sample");

    public static string SquadQuestions => Path.Combine(SquadSample, "questions.jsonl");

    /// <summary>The configuration this tool was built in (Release for any number worth reporting).</summary>
    public static string BuildConfiguration => Metadata("BuildConfiguration") ?? "Release";

    /// <summary>The host's main assembly, built by this project's reference in the same configuration.</summary>
    public static string HostAssembly =>
        Path.Combine(Root, "src", "ChatBot", "bin", BuildConfiguration, Metadata("TargetFramework") ?? "net10.0", "ChatBot.dll");

    private static string? Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
