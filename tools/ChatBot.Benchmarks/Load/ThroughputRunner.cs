namespace ChatBot.Benchmarks;

/// <summary>
/// Answers per second and latency on the seed article for <c>/api/ask</c> and <c>/api/messages</c> (expectReplies)
/// at each concurrency, with the host as shipped (question-embedding cache on: the 16 seed questions repeat, as users
/// repeat questions) and, optionally, with that cache off (every question pays for its embedding).
/// </summary>
internal static class ThroughputRunner
{
    public const string Cached = "repeated questions (embedding cache on, as shipped)";
    public const string Uncached = "every question embedded (Knowledge:QueryCacheSize=0)";

    public static async Task<ThroughputReport> RunAsync(ThroughputSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var floor = await EmbeddingFloor.MeasureAsync(200, cancellationToken);
        log.WriteLine($"Embedding one question ({floor.Model}) as retrieval does: p50 {floor.Latency.P50:0.00} ms (bare text {floor.BareText.P50:0.00} ms); {floor.Load}");

        var runs = new List<LoadResult>();
        var peaks = new Dictionary<string, long>();
        var variants = settings.IncludeUncached ? new[] { Cached, Uncached } : [Cached];
        foreach (var variant in variants)
        {
            var configuration = new Dictionary<string, string>();
            if (variant == Uncached)
            {
                configuration["Knowledge:QueryCacheSize"] = "0";
            }

            var hostSettings = new HostSettings(RepositoryPaths.SeedContent, BenchmarkCorpus.CacheDirectory("seed"), settings.Port, configuration);
            await using var host = await HostProcess.StartAsync(hostSettings, cancellationToken);
            var driver = new LoadDriver(host.Client, BenchmarkQuestions.Seed);
            foreach (var scenario in new ILoadScenario[] { new AskScenario(), new MessagesScenario() })
            {
                foreach (var concurrency in settings.Concurrency)
                {
                    var result = await driver.RunAsync(scenario, variant, concurrency, settings.Warmup, settings.Duration, cancellationToken);
                    runs.Add(result);
                    log.WriteLine($"{scenario.Name} c={concurrency} [{variant}]: {result.AnswersPerSecond:0.0} answers/s, " +
                        $"p50 {result.Latency.P50:0.0} ms, p95 {result.Latency.P95:0.0} ms, {result.Failed} failed; {result.LoadAfter}");
                }
            }

            peaks[variant] = host.PeakMemoryBytes();
        }

        return new ThroughputReport(floor, runs, peaks);
    }
}
