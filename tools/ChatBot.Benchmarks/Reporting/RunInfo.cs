using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChatBot.Benchmarks;

/// <summary>What produced a set of numbers: the exact command, the commit, the machine, and when.</summary>
internal sealed record RunInfo(string Command, string Commit, string Machine, DateTimeOffset StartedUtc)
{
    public static RunInfo Capture(IReadOnlyList<string> args) => new(
        "dotnet run -c Release --project tools/ChatBot.Benchmarks --" + string.Concat(args.Select(a => " " + Quote(a))),
        GitCommit(),
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}",
        DateTimeOffset.UtcNow);

    private static string Quote(string arg) => arg.Any(char.IsWhiteSpace) ? $"\"{arg}\"" : arg;

    private static string GitCommit()
    {
        try
        {
            var commit = RunQuietly("rev-parse --short HEAD");
            var dirty = RunQuietly("status --porcelain --untracked-files=no");
            return commit.Length == 0 ? "unknown" : dirty.Length > 0 ? commit + " (with uncommitted changes)" : commit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (git not found)";
        }
    }

    private static string RunQuietly(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start);
        if (git is null)
        {
            return "";
        }

        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return output;
    }
}
