namespace ChatBot.Benchmarks;

/// <summary>
/// Which corpora the in-process benchmarks run on, read from <c>CHATBOT_BENCHMARK_CORPORA</c> (comma-separated
/// <see cref="BenchmarkCorpus"/> names) so the short mode can keep to the seed article.
/// </summary>
internal static class MicroBenchmarkSettings
{
    public const string CorporaVariable = "CHATBOT_BENCHMARK_CORPORA";

    public static IEnumerable<string> Corpora =>
        (Environment.GetEnvironmentVariable(CorporaVariable) is { Length: > 0 } value ? value : "seed,squad-12")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
