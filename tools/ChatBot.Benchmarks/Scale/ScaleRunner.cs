using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// For each corpus size (1 = the seed article, N = a generated news archive, see <see cref="CorpusGenerator"/>): a cold
/// start with an empty embedding cache (first <c>/healthz</c> 200, first cited answer, fully embedded), a restart on
/// the same content (ready time, answers one at a time and at concurrency 8 through <c>/api/ask</c> with the
/// question-embedding cache off, so every question pays for embedding, lexical search, the vector scan and answering),
/// retrieval alone in-process, and optionally a build killed half-way and resumed. Questions: the seed questions for the
/// seed article, distinct answerable SQuAD questions (about the corpus's 12 SQuAD articles) for the others.
/// </summary>
internal static class ScaleRunner
{
    private const int WarmupQuestions = 10;
    private const int ConcurrentUsers = 8;
    private static readonly TimeSpan s_statusPoll = TimeSpan.FromMilliseconds(250);

    public static async Task<IReadOnlyList<ScaleResult>> RunAsync(ScaleSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var results = new List<ScaleResult>();
        foreach (var articles in settings.Articles)
        {
            var name = BenchmarkCorpus.Name(articles);
            var content = await BenchmarkCorpus.ContentPathAsync(name, cancellationToken);
            var corpus = CorpusInfo.Of(content);
            var cache = BenchmarkCorpus.CacheDirectory($"scale-{name}");
            DeleteFolder(cache);

            var (questions, warmup) = articles == 1
                ? (Repeat(BenchmarkQuestions.Seed, settings.Questions), BenchmarkQuestions.Seed.Take(WarmupQuestions).ToList())
                : (BenchmarkQuestions.Squad(settings.Questions, skip: WarmupQuestions), BenchmarkQuestions.Squad(WarmupQuestions));
            var hostSettings = new HostSettings(content, cache, settings.Port, new Dictionary<string, string> { ["Knowledge:QueryCacheSize"] = "0" });
            var scenario = new AskScenario();
            var loadBefore = MachineLoad.Now();

            log.WriteLine($"{articles} articles ({corpus.Bytes / 1e6:0.0} MB): cold start...");
            StartPoint coldReady, firstAnswer, complete;
            int sentences, embedded;
            long coldPeak;
            MachineLoad loadAtComplete;
            await using (var cold = await HostProcess.StartAsync(hostSettings, cancellationToken))
            {
                coldReady = new StartPoint(cold.ReadyAfter.TotalSeconds, cold.CpuSeconds());
                firstAnswer = await FirstCitedAnswerAsync(cold, warmup.Concat(questions).ToList(), cancellationToken);
                log.WriteLine(Invariant($"  /healthz 200 after {coldReady.WallSeconds:0.0} s ({coldReady.CpuSeconds:0.0} CPU-s); first cited answer after {firstAnswer.WallSeconds:0.0} s ({firstAnswer.CpuSeconds:0.0} CPU-s)"));
                var status = await cold.WaitUntilCompleteAsync(s_statusPoll, cancellationToken);
                complete = new StartPoint(cold.UptimeSeconds, cold.CpuSeconds());
                loadAtComplete = MachineLoad.Now();
                sentences = status.GetProperty("sentences").GetInt32();
                embedded = cold.Embedded?.Sentences ?? 0;
                coldPeak = cold.PeakMemoryBytes();
            }

            log.WriteLine(Invariant($"  complete after {complete.WallSeconds:0.0} s ({complete.CpuSeconds:0.0} CPU-s; {sentences:N0} sentences, {embedded:N0} embedded; {loadAtComplete}); restart..."));
            var restart = await HostProcess.StartAsync(hostSettings, cancellationToken);
            LatencySummary queries;
            LoadResult? concurrent;
            int failed;
            long restartPeak;
            double restartReady, restartComplete;
            await using (restart)
            {
                restartReady = restart.ReadyAfter.TotalSeconds;
                await restart.WaitUntilCompleteAsync(s_statusPoll, cancellationToken);
                restartComplete = restart.UptimeSeconds;
                await new LoadDriver(restart.Client, warmup).AskEachOnceAsync(scenario, cancellationToken);
                (queries, failed) = await new LoadDriver(restart.Client, questions).AskEachOnceAsync(scenario, cancellationToken);
                concurrent = await new LoadDriver(restart.Client, questions)
                    .RunAsync(scenario, "every question new", ConcurrentUsers, settings.ConcurrentWarmup, settings.ConcurrentDuration, cancellationToken);
                restartPeak = restart.PeakMemoryBytes();
            }

            var retrievals = await MeasureRetrievalAsync(content, cache, questions, warmup, cancellationToken);
            var resume = settings.ResumeCheck && articles > 1 && articles == settings.Articles.Max() ? await ResumeAsync(hostSettings, sentences, log, cancellationToken) : null;
            var result = new ScaleResult(
                articles, restart.Indexed?.Paragraphs, sentences, corpus.Bytes, coldReady, firstAnswer, complete, embedded, loadAtComplete,
                restartReady, restartComplete, queries, concurrent, retrievals, failed, coldPeak, restartPeak, resume, loadBefore, MachineLoad.Now());
            results.Add(result);
            log.WriteLine(Invariant(
                $"  restart ready after {restartReady:0.00} s; answer p50 {queries.P50:0.0} ms; at concurrency {ConcurrentUsers} {concurrent?.AnswersPerSecond:0.0} answers/s, p50 {concurrent?.Latency.P50:0.0} ms; retrieval p50 {retrievals.P50:0.0} ms; peak {Math.Max(coldPeak, restartPeak) / 1048576.0:0} MiB; {result.LoadAfter}"));
        }

        return results;
    }

    /// <summary>Asks questions one after another from the moment the host is up until one is answered with a citation.</summary>
    private static async Task<StartPoint> FirstCitedAnswerAsync(HostProcess host, List<string> questions, CancellationToken cancellationToken)
    {
        for (var i = 0; ; i++)
        {
            using var response = await host.Client.PostAsJsonAsync("api/ask", new { question = questions[i % questions.Count] }, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                if (answer.RootElement.TryGetProperty("citations", out var citations) && citations.GetArrayLength() > 0)
                {
                    return new StartPoint(host.UptimeSeconds, host.CpuSeconds());
                }
            }
        }
    }

    /// <summary>A cold build killed (SIGKILL) once about half the sentences are embedded, then started again to completion.</summary>
    private static async Task<ResumeCheck> ResumeAsync(HostSettings settings, int sentences, TextWriter log, CancellationToken cancellationToken)
    {
        DeleteFolder(settings.CacheDirectory);
        int beforeKill;
        await using (var first = await HostProcess.StartAsync(settings, cancellationToken))
        {
            do
            {
                await Task.Delay(s_statusPoll, cancellationToken);
                beforeKill = (await first.StatusAsync(cancellationToken)).GetProperty("sentencesEmbedded").GetInt32();
            }
            while (beforeKill < sentences / 2);
            first.Kill();
        }

        await using var second = await HostProcess.StartAsync(settings, cancellationToken);
        var held = (await second.StatusAsync(cancellationToken)).GetProperty("sentencesEmbedded").GetInt32();
        var status = await second.WaitUntilCompleteAsync(s_statusPoll, cancellationToken);
        for (var wait = 0; second.Embedded is null && wait < 100; wait++)
        {
            await Task.Delay(20, cancellationToken); // the log line follows the status by a moment
        }

        var embeddedAgain = second.Embedded?.Sentences ?? 0;
        var check = new ResumeCheck(beforeKill, held, embeddedAgain, sentences, status.GetProperty("sentencesEmbedded").GetInt32() == sentences);
        log.WriteLine(Invariant($"  killed at {beforeKill:N0} of {sentences:N0} sentences; the restart found {held:N0} in the cache, embedded {embeddedAgain:N0} more, complete: {check.Complete}"));
        return check;
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

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Repeat(IReadOnlyList<string> questions, int count) =>
        Enumerable.Range(0, count).Select(i => questions[i % questions.Count]).ToList();

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
