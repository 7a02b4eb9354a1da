using System.Diagnostics;
using ChatBot.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>
/// The cost floor, measured right before the HTTP runs in this process and under the same machine load: the time to
/// embed one question as retrieval embeds it (with the model's query instruction, if any), taken as seed-article
/// retrieval of a question the cache has not seen minus retrieval of one it has; and, for reference, the model
/// embedding the bare question text.
/// </summary>
internal sealed record EmbeddingFloor(string Model, LatencySummary Latency, LatencySummary BareText, MachineLoad Load)
{
    public static async Task<EmbeddingFloor> MeasureAsync(int samples, CancellationToken cancellationToken)
    {
        var questions = BenchmarkQuestions.Seed;
        var load = MachineLoad.Now();
        LatencySummary bare, uncached, cached;
        string model;
        await using (var host = await BenchmarkHost.StartAsync("seed", queryCacheSize: 0, cancellationToken))
        {
            model = host.Embedder.ModelName;
            bare = await TimeAsync(samples, i => host.Embedder.EmbedAsync(questions[i % questions.Count], cancellationToken));
            uncached = await TimeAsync(samples, i => host.Retriever.RetrieveAsync(new RetrievalQuery(questions[i % questions.Count]), cancellationToken));
        }

        await using (var host = await BenchmarkHost.StartAsync("seed", queryCacheSize: 4096, cancellationToken))
        {
            cached = await TimeAsync(samples, i => host.Retriever.RetrieveAsync(new RetrievalQuery(questions[i % questions.Count]), cancellationToken));
        }

        var floor = uncached with { P50 = uncached.P50 - cached.P50, P95 = uncached.P95 - cached.P95, Mean = uncached.Mean - cached.Mean };
        return new EmbeddingFloor(model, floor, bare, load);
    }

    private static async Task<LatencySummary> TimeAsync<T>(int samples, Func<int, Task<T>> action)
    {
        for (var i = 0; i < BenchmarkQuestions.Seed.Count; i++)
        {
            await action(i);
        }

        var latencies = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action(i);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return LatencySummary.From(latencies);
    }
}
