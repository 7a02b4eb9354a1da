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

        var embed = new List<double>();
        var retrieveNew = new List<double>();
        var retrieveRepeated = new List<double>();
        var answerRepeated = new List<double>();
        foreach (var question in questions.Skip(5).Take(questionCount))
        {
            embed.Add(await TimeAsync(() => host.Embedder.EmbedAsync(question, cancellationToken)));
            retrieveNew.Add(await TimeAsync(() => host.Retriever.RetrieveAsync(new RetrievalQuery(question), cancellationToken)));
            retrieveRepeated.Add(await TimeAsync(() => host.Retriever.RetrieveAsync(new RetrievalQuery(question), cancellationToken)));
            answerRepeated.Add(await TimeAsync(() => host.Answerer.AnswerAsync(new Question(question, []), null, cancellationToken)));
        }

        var stages = new[]
        {
            ("embed question", embed),
            ("retrieve, new question", retrieveNew),
            ("retrieve, embedding cached", retrieveRepeated),
            ("answer, embedding cached", answerRepeated),
        };
        foreach (var (stage, times) in stages)
        {
            var summary = LatencySummary.From(times);
            log.WriteLine($"  {stage,-28} p50 {summary.P50,8:0.00} ms   p95 {summary.P95,8:0.00} ms   ({summary.Count} questions)");
        }

        log.WriteLine($"  {MachineLoad.Now()}");
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
