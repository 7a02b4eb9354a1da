using System.Diagnostics;
using System.Globalization;
using ChatBot.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// For 1 (the seed article) and N generated articles: start the host with an empty embedding cache (index build
/// time), then again on the same content (ready-after-restart), and ask questions one at a time through
/// <c>/api/ask</c> with the question-embedding cache off, so every query pays for embedding, lexical search, the
/// vector scan and answering. Questions: the seed questions for the seed article, distinct answerable SQuAD
/// questions for the generated corpora.
/// </summary>
internal static class ScaleRunner
{
    private const int WarmupQuestions = 10;

    public static async Task<IReadOnlyList<ScaleResult>> RunAsync(ScaleSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var results = new List<ScaleResult>();
        foreach (var articles in settings.Articles)
        {
            var name = BenchmarkCorpus.Name(articles);
            var content = await BenchmarkCorpus.ContentPathAsync(name, cancellationToken);
            var corpus = CorpusInfo.Of(content);
            var cache = BenchmarkCorpus.CacheDirectory($"scale-{name}");
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            var (questions, warmup) = articles == 1
                ? (Repeat(BenchmarkQuestions.Seed, settings.Questions), BenchmarkQuestions.Seed.Take(WarmupQuestions).ToList())
                : (BenchmarkQuestions.Squad(settings.Questions, skip: WarmupQuestions), BenchmarkQuestions.Squad(WarmupQuestions));
            var hostSettings = new HostSettings(content, cache, settings.Port, new Dictionary<string, string> { ["Knowledge:QueryCacheSize"] = "0" });
            var scenario = new AskScenario();
            var loadBefore = MachineLoad.Now();

            log.WriteLine($"{articles} articles ({corpus.Bytes / 1e6:0.0} MB): cold start...");
            LatencySummary coldQueries;
            double coldReady;
            (int Articles, int Paragraphs, double Milliseconds)? coldIndexed;
            (int Sentences, double Milliseconds)? embedded;
            long coldPeak;
            await using (var cold = await HostProcess.StartAsync(hostSettings, cancellationToken))
            {
                coldReady = cold.ReadyAfter.TotalSeconds;
                coldIndexed = cold.Indexed;
                embedded = cold.Embedded;
                await new LoadDriver(cold.Client, warmup).AskEachOnceAsync(scenario, cancellationToken);
                (coldQueries, _) = await new LoadDriver(cold.Client, questions).AskEachOnceAsync(scenario, cancellationToken);
                coldPeak = cold.PeakMemoryBytes();
            }

            log.WriteLine($"  ready after {coldReady:0.00} s (index {coldIndexed?.Milliseconds:0} ms, embedded {embedded?.Sentences ?? 0} sentences); restart...");
            var restart = await HostProcess.StartAsync(hostSettings, cancellationToken);
            LatencySummary queries;
            int failed;
            long restartPeak;
            var restartReady = restart.ReadyAfter.TotalSeconds;
            var restartIndexed = restart.Indexed;
            await using (restart)
            {
                await new LoadDriver(restart.Client, warmup).AskEachOnceAsync(scenario, cancellationToken);
                (queries, failed) = await new LoadDriver(restart.Client, questions).AskEachOnceAsync(scenario, cancellationToken);
                restartPeak = restart.PeakMemoryBytes();
            }

            var retrievals = await MeasureRetrievalAsync(content, cache, questions, warmup, cancellationToken);
            var result = new ScaleResult(
                articles,
                restartIndexed?.Paragraphs ?? coldIndexed?.Paragraphs,
                corpus.Bytes,
                coldReady,
                coldIndexed?.Milliseconds,
                embedded?.Sentences ?? 0,
                embedded?.Milliseconds,
                restartReady,
                restartIndexed?.Milliseconds,
                coldQueries,
                queries,
                retrievals,
                failed,
                coldPeak,
                restartPeak,
                loadBefore,
                MachineLoad.Now());
            results.Add(result);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  restart ready after {result.RestartReadySeconds:0.00} s; answer p50 {queries.P50:0.0} ms, p95 {queries.P95:0.0} ms; " +
                $"retrieval p50 {retrievals.P50:0.0} ms, p95 {retrievals.P95:0.0} ms; " +
                $"peak {Math.Max(result.ColdPeakMemoryBytes, result.RestartPeakMemoryBytes) / 1048576.0:0} MiB; {result.LoadAfter}"));
        }

        return results;
    }

    /// <summary>Retrieval alone, in this process, for the same questions (each embedded afresh), on the warm cache.</summary>
    private static async Task<LatencySummary> MeasureRetrievalAsync(
        string content, string cache, IReadOnlyList<string> questions, IReadOnlyList<string> warmup, CancellationToken cancellationToken)
    {
        await using var host = await BenchmarkHost.StartAsync(content, cache, queryCacheSize: 0, cancellationToken);
        foreach (var question in warmup)
        {
            await host.Retriever.RetrieveAsync(new RetrievalQuery(question), cancellationToken);
        }

        var latencies = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            await host.Retriever.RetrieveAsync(new RetrievalQuery(question), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return LatencySummary.From(latencies);
    }

    private static List<string> Repeat(IReadOnlyList<string> questions, int count) =>
        Enumerable.Range(0, count).Select(i => questions[i % questions.Count]).ToList();
}
