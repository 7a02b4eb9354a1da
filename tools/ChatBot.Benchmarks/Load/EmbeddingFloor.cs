using System.Diagnostics;

namespace ChatBot.Benchmarks;

/// <summary>
/// The question-embedding time measured right before the HTTP runs, in this process and under the same machine
/// load, so answer latency can be stated as a multiple of it.
/// </summary>
internal sealed record EmbeddingFloor(string Model, LatencySummary Latency, MachineLoad Load)
{
    public static async Task<EmbeddingFloor> MeasureAsync(int samples, CancellationToken cancellationToken)
    {
        await using var host = await BenchmarkHost.StartAsync("seed", queryCacheSize: 0, cancellationToken);
        var embedder = host.Embedder;
        var questions = BenchmarkQuestions.Seed;
        foreach (var question in questions)
        {
            await embedder.EmbedAsync(question, cancellationToken);
        }

        var load = MachineLoad.Now();
        var latencies = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await embedder.EmbedAsync(questions[i % questions.Count], cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new EmbeddingFloor(embedder.ModelName, LatencySummary.From(latencies), load);
    }
}
