using System.Globalization;

namespace ChatBot.Benchmarks;

/// <summary>
/// Command line: <c>[all|micro|load|scale|corpus] [--smoke] [--concurrency 1,8,32] [--duration 15] [--warmup 3]
/// [--articles 1,100,1000,2500] [--questions 200] [--port 5106] [--no-uncached] [--resume] [--count N --out DIR] [--corpus NAME]</c>.
/// </summary>
internal sealed record BenchmarkArguments(
    string Command,
    bool Smoke,
    IReadOnlyList<int> Concurrency,
    TimeSpan Duration,
    TimeSpan Warmup,
    IReadOnlyList<int> Articles,
    int Questions,
    int Port,
    bool IncludeUncached,
    bool ResumeCheck,
    int CorpusCount,
    string? CorpusFolder,
    string Corpus)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tools/ChatBot.Benchmarks -- [all|micro|load|scale] [--smoke] " +
        "[--concurrency 1,8,32] [--duration SECONDS] [--warmup SECONDS] [--articles 1,100,1000,2500] [--questions N] [--port 5106] [--no-uncached] [--resume]\n" +
        "       dotnet run -c Release --project tools/ChatBot.Benchmarks -- corpus --count N --out DIR\n" +
        "       dotnet run -c Release --project tools/ChatBot.Benchmarks -- report   (rewrite docs/benchmarks.md from the saved results)\n" +
        "       dotnet run -c Release --project tools/ChatBot.Benchmarks -- embed [--questions N]   (sentences per CPU-second, float and int8)\n" +
        "       dotnet run -c Release --project tools/ChatBot.Benchmarks -- profile --corpus seed|squad-12|corpus-N [--questions N]";

    private static readonly string[] s_commands = ["all", "micro", "load", "scale", "corpus", "profile", "report", "embed"];

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var command = args.Count > 0 && !args[0].StartsWith('-') ? args[0].ToLowerInvariant() : "all";
        if (!s_commands.Contains(command))
        {
            throw new ArgumentException($"Unknown command '{command}'.");
        }

        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = command == "all" && (args.Count == 0 || args[0].StartsWith('-')) ? 0 : 1; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option at '{name}'.");
            }

            if (name is "--smoke" or "--no-uncached" or "--resume")
            {
                flags.Add(name[2..]);
            }
            else if (i + 1 < args.Count)
            {
                values[name[2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Option '{name}' needs a value.");
            }
        }

        var smoke = flags.Contains("smoke");
        return new BenchmarkArguments(
            command,
            smoke,
            Ints(values, "concurrency", smoke ? [1, 8] : [1, 8, 32]),
            TimeSpan.FromSeconds(Number(values, "duration", smoke ? 2 : 15)),
            TimeSpan.FromSeconds(Number(values, "warmup", smoke ? 1 : 3)),
            Ints(values, "articles", smoke ? [1, 10] : [1, 100, 1000, 2500]),
            (int)Number(values, "questions", smoke ? 10 : 200),
            (int)Number(values, "port", 5106),
            !smoke && !flags.Contains("no-uncached"),
            flags.Contains("resume"),
            (int)Number(values, "count", 0),
            values.GetValueOrDefault("out"),
            values.GetValueOrDefault("corpus", "seed"));
    }

    private static double Number(Dictionary<string, string> values, string name, double fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new ArgumentException($"--{name} must be a positive number, not '{text}'.");

    private static int[] Ints(Dictionary<string, string> values, string name, int[] fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                : throw new ArgumentException($"--{name} takes positive whole numbers separated by commas, not '{text}'."))
            .ToArray();
}
