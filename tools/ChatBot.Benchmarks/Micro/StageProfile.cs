using System.Diagnostics;
using ChatBot.Answering;
using ChatBot.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// Where one question's time goes on a corpus, in this process: embedding the question (the model alone), retrieval
/// of a new question (embedding included), retrieval again (embedding cached: search and fusion alone) and the whole
/// extractive answer (retrieval with the cached embedding included). A quick look before and after a fix; the
/// report's tables come from the other commands.
/// </summary>
internal static class StageProfile
{
    public static async Task RunAsync(string corpus, int questionCount, TextWriter log, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var host = await BenchmarkHost.StartAsync(corpus, queryCacheSize: 4096, cancellationToken);
        log.WriteLine($"{corpus}: {host.KnowledgeBase.Articles.Count} articles ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s");
        var questions = corpus == "seed" ? BenchmarkQuestions.Seed : BenchmarkQuestions.Squad(questionCount);
        foreach (var question in questions.Take(5))
        {
            await host.Answerer.AnswerAsync(new Question(question, []), null, cancellationToken);
        }

        var embed = new Stage();
        var embedQueries = new Stage();
        var retrieveNew = new Stage();
        var retrieveRepeated = new Stage();
        var answerRepeated = new Stage();
        var answerAgain = new Stage();
        foreach (var question in questions.Skip(5).Take(questionCount))
        {
            await embed.TimeAsync(() => host.Embedder.EmbedAsync(question, cancellationToken));

            // As an answer embeds a new question: the float query model, instruction included, with its topic words in
            // the same call. Reworded, so that the retrieval below still meets a question it has not embedded.
            var reworded = $"{question} (reworded)";
            await embedQueries.TimeAsync(async () =>
            {
                await host.Similarity.PrepareAsync([reworded, string.Join(' ', reworded.Split(' ').Skip(2))], cancellationToken);
                return true;
            });
            await retrieveNew.TimeAsync(() => host.Retriever.RetrieveAsync(new RetrievalQuery(question), cancellationToken));
            await retrieveRepeated.TimeAsync(() => host.Retriever.RetrieveAsync(new RetrievalQuery(question), cancellationToken));
            await answerRepeated.TimeAsync(() => host.Answerer.AnswerAsync(new Question(question, []), null, cancellationToken));
            await answerAgain.TimeAsync(() => host.Answerer.AnswerAsync(new Question(question, []), null, cancellationToken));
        }

        var stages = new[]
        {
            ("embed question (sentence model)", embed),
            ("embed question + topic (query model)", embedQueries),
            ("retrieve, new question", retrieveNew),
            ("retrieve, embedding cached", retrieveRepeated),
            ("answer, embedding cached", answerRepeated),
            ("answer again (articles seen)", answerAgain),
        };
        foreach (var (name, stage) in stages)
        {
            var summary = LatencySummary.From(stage.Milliseconds);
            log.WriteLine($"  {name,-36} p50 {summary.P50,8:0.00} ms   p95 {summary.P95,8:0.00} ms   CPU {stage.CpuMilliseconds / summary.Count,7:0.00} ms/question   " +
                $"allocated {stage.AllocatedBytes / 1024.0 / summary.Count,8:0} KiB/question   GCs gen0/1/2 {stage.Collections[0]}/{stage.Collections[1]}/{stage.Collections[2]}   ({summary.Count} questions)");
        }

        log.WriteLine($"  {MachineLoad.Now()}");
    }

    /// <summary>
    /// Wall time per call, and the process's CPU time over all calls: on a machine shared with other work, CPU time
    /// per question moves much less than wall time, so it shows a change the latencies hide. Bytes allocated and
    /// garbage collections too: with an index of this size on the heap, a collection of the older generations costs
    /// more than most of the work it interrupts.
    /// </summary>
    private sealed class Stage
    {
        public List<double> Milliseconds { get; } = [];

        public double CpuMilliseconds { get; private set; }

        public long AllocatedBytes { get; private set; }

        public int[] Collections { get; } = new int[3];

        public async Task TimeAsync<T>(Func<Task<T>> action)
        {
            var collections = Enumerable.Range(0, Collections.Length).Select(GC.CollectionCount).ToArray();
            var allocated = GC.GetTotalAllocatedBytes();
            var cpu = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            await action();
            Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            CpuMilliseconds += (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
            AllocatedBytes += GC.GetTotalAllocatedBytes() - allocated;
            for (var generation = 0; generation < Collections.Length; generation++)
            {
                Collections[generation] += GC.CollectionCount(generation) - collections[generation];
            }
        }
    }
}
