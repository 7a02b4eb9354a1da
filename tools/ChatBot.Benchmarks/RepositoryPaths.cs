using System.Reflection;

namespace ChatBot.Benchmarks;

/// <summary>Where the tool finds the repository's content, fixtures and the host build it measures.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedContent => Path.Combine(Root, "content");

    public static string SquadSample => Path.Combine(Root, "tests", "fixtures", "squad-dev-sample");

    public static string SquadQuestions => Path.Combine(SquadSample, "questions.jsonl");

    /// <summary>
    /// The CoQA news sample's stories (shared/eval, beside the repository or above it; <c>CHATBOT_EVAL</c> names another
    /// folder), read where they are because their licence keeps them out of the repository; null when absent.
    /// </summary>
    public static string? CoqaArticles
    {
        get
        {
            var candidates = new List<string>();
            if (Environment.GetEnvironmentVariable("CHATBOT_EVAL") is { Length: > 0 } configured)
            {
                candidates.Add(configured);
            }

            for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            {
                candidates.Add(Path.Combine(dir.FullName, "shared", "eval"));
            }

            return candidates.Select(c => Path.Combine(c, "coqa-news-sample", "articles")).FirstOrDefault(Directory.Exists);
        }
    }

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
