using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// 64 conversations of 4 turns each, all at once, against /api/messages with the real pipeline: every turn is
/// answered and the service stays healthy. Timings go to the test output, never into an assertion.
/// </summary>
public sealed class ConcurrentConversationsTests : IClassFixture<RealPipelineFactory>
{
    private const int Conversations = 64;

    private static readonly string[] s_turns =
    [
        "what did Lavrov say about weapons?",
        "and what did he accuse the West of?",
        "who are the two detainees?",
        "what did Blinken say about annexation?",
    ];

    private readonly RealPipelineFactory _factory;
    private readonly ITestOutputHelper _output;

    public ConcurrentConversationsTests(RealPipelineFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    [Fact]
    public async Task SixtyFourConversations_FourTurnsEach_AllAnsweredAndServiceHealthy()
    {
        var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        var total = Stopwatch.StartNew();

        var conversations = Enumerable.Range(0, Conversations).Select(async i =>
        {
            var bot = new BotClient(client, i % 2 == 0 ? "emulator" : "msteams", $"load-{i}", "personal");
            var latencies = new List<double>();
            var answered = 0;
            var cited = 0;
            foreach (var turn in s_turns)
            {
                var started = Stopwatch.GetTimestamp();
                var replies = await bot.SayAsync(turn);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                // One answer per turn (in Teams a second message carries the suggested follow-ups).
                var answers = replies.Where(r => r.Entities?.Any(e => e.Type == "https://schema.org/Message") == true).ToList();
                if (answers.Count == 1 && !answers[0].Text.StartsWith("Sorry", StringComparison.Ordinal))
                {
                    answered++;
                    cited += answers[0].Text.Contains("[1]", StringComparison.Ordinal) ? 1 : 0;
                }
            }

            return (Answered: answered, Cited: cited, Latencies: latencies);
        }).ToArray();
        var results = await Task.WhenAll(conversations);
        total.Stop();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        _output.WriteLine(
            $"{Conversations} conversations x {s_turns.Length} turns: {results.Sum(r => r.Answered)}/{latencies.Length} answered ({results.Sum(r => r.Cited)} with citations) in {total.Elapsed.TotalSeconds:F1} s; "
            + $"turn latency p50 {latencies[latencies.Length / 2]:F0} ms, p95 {latencies[(int)(latencies.Length * 0.95)]:F0} ms, max {latencies[^1]:F0} ms; "
            + $"{latencies.Length / total.Elapsed.TotalSeconds:F1} turns/s");
        Assert.All(results, r => Assert.Equal(s_turns.Length, r.Answered));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
