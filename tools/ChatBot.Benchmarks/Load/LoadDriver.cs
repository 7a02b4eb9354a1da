using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatBot.Benchmarks;

/// <summary>
/// Closed-loop load: <c>concurrency</c> virtual users each hold a conversation of <see cref="TurnsPerConversation"/>
/// questions, then start a new one, sending the next request as soon as the previous reply arrives. Only requests
/// that start after the warm-up and finish inside the measured window count.
/// </summary>
internal sealed class LoadDriver(HttpClient client, IReadOnlyList<string> questions)
{
    public const int TurnsPerConversation = 4;

    public async Task<LoadResult> RunAsync(ILoadScenario scenario, string variant, int concurrency, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        var loadBefore = MachineLoad.Now();
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var origin = Stopwatch.GetTimestamp();
        var windowStart = warmup.TotalSeconds;
        var windowEnd = (warmup + duration).TotalSeconds;
        double Now() => Stopwatch.GetElapsedTime(origin).TotalSeconds;
        var run = Guid.NewGuid().ToString("N")[..8];

        async Task UserAsync(int user)
        {
            for (var conversation = 0; Now() < windowEnd; conversation++)
            {
                var conversationId = $"load-{run}-{user}-{conversation}";
                for (var turn = 0; turn < TurnsPerConversation && Now() < windowEnd; turn++)
                {
                    var question = questions[((user * 7) + (conversation * TurnsPerConversation) + turn) % questions.Count];
                    var sent = Now();
                    bool ok;
                    try
                    {
                        using var request = scenario.CreateRequest(conversationId, question);
                        using var response = await client.SendAsync(request, cancellationToken);
                        ok = await scenario.IsAnswerAsync(response, cancellationToken);
                    }
                    catch (HttpRequestException)
                    {
                        ok = false;
                    }

                    var done = Now();
                    if (sent >= windowStart && done <= windowEnd)
                    {
                        if (ok)
                        {
                            latencies.Add((done - sent) * 1000);
                        }
                        else
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                    else if (!ok)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(u => Task.Run(() => UserAsync(u), cancellationToken)));
        var summary = LatencySummary.From(latencies);
        return new LoadResult(scenario.Name, variant, concurrency, duration.TotalSeconds, summary.Count, failures,
            summary.Count / duration.TotalSeconds, summary, loadBefore, MachineLoad.Now());
    }

    /// <summary>Each question once, one at a time (concurrency 1), each in a conversation of its own.</summary>
    public async Task<(LatencySummary Latency, int Failed)> AskEachOnceAsync(ILoadScenario scenario, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(questions.Count);
        var failed = 0;
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < questions.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var request = scenario.CreateRequest($"once-{run}-{i}", questions[i]);
            using var response = await client.SendAsync(request, cancellationToken);
            if (await scenario.IsAnswerAsync(response, cancellationToken))
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                failed++;
            }
        }

        return (LatencySummary.From(latencies), failed);
    }
}
