using System.Diagnostics;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static ChatBot.State.Tests.Infrastructure.Conversations;

namespace ChatBot.State.Tests;

/// <summary>
/// 64 conversations of 4 turns, all at once, each turn on the other instance of two sharing one Redis (A, B, A, B):
/// every turn is answered, every follow-up cites the passage only the earlier turn leads to, and every turn is in
/// the shared store afterwards. Half the conversations go through /api/messages, half through /api/ask.
/// Timings go to the test output, never into an assertion.
/// </summary>
public sealed class ScaleOutLoadTests(ScaleOutFixture fixture, ITestOutputHelper output) : IClassFixture<ScaleOutFixture>
{
    private const int ConversationCount = 64;

    private static readonly (string Question, string ExpectedQuote)[] Turns =
    [
        (AboutLavrov, "Sergey Lavrov"),
        (HisWeaponsWarning, WeaponsPassage),
        (AboutWhelan, WhelanPassage),
        (TheOtherDetainee, OtherDetaineePassage),
    ];

    [RedisFact]
    public async Task SixtyFourConversations_FourTurnsAlternatingInstances_EveryTurnAnsweredAndEveryFollowUpResolved()
    {
        fixture.ClientA.Timeout = fixture.ClientB.Timeout = TimeSpan.FromMinutes(10);
        var total = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, ConversationCount).Select(i => RunConversationAsync(overBot: i % 2 == 0)));
        total.Stop();

        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        output.WriteLine(
            $"2 instances, 1 Redis: {ConversationCount} conversations x {Turns.Length} turns alternating A/B: "
            + $"{results.Sum(r => r.Resolved)}/{latencies.Length} turns cited the expected passage in {total.Elapsed.TotalSeconds:F1} s; "
            + $"turn latency p50 {latencies[latencies.Length / 2]:F0} ms, p95 {latencies[(int)(latencies.Length * 0.95)]:F0} ms, "
            + $"max {latencies[^1]:F0} ms; {latencies.Length / total.Elapsed.TotalSeconds:F1} turns/s");
        Assert.All(results, r => Assert.True(r.Resolved == Turns.Length, $"{r.ConversationId}: {string.Join(" | ", r.Misses)}"));
        foreach (var result in results)
        {
            var remembered = await RememberedQuestionsAsync(result);
            Assert.Equal(Turns.Select(t => t.Question), remembered);
        }
    }

    private async Task<Outcome> RunConversationAsync(bool overBot)
    {
        var user = new ChatClient("emulator");
        var latencies = new List<double>();
        var misses = new List<string>();
        for (var turn = 0; turn < Turns.Length; turn++)
        {
            var (question, expected) = Turns[turn];
            var instance = turn % 2 == 0 ? fixture.ClientA : fixture.ClientB;
            var started = Stopwatch.GetTimestamp();
            var cited = overBot
                ? (await user.SayAsync(instance, question)).Select(r => r.Text).ToArray()
                : ChatClient.Quotes(await user.AskAsync(instance, question)).ToArray();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!cited.Any(text => text.Contains(expected, StringComparison.Ordinal)))
            {
                misses.Add($"turn {turn + 1} '{question}' did not cite '{expected}'");
            }
        }

        return new Outcome(user.ConversationId, overBot, Turns.Length - misses.Count, latencies, misses);
    }

    private async Task<IEnumerable<string>> RememberedQuestionsAsync(Outcome outcome)
    {
        if (!outcome.OverBot)
        {
            var memory = await fixture.A.Services.GetRequiredService<AskConversationStore>().ReadAsync(outcome.ConversationId, default);
            return memory.Turns.Select(t => t.Question);
        }

        var memories = fixture.A.Services.GetRequiredService<ConversationMemoryStore>();
        var botMemory = await memories.ReadAsync($"bot/emulator/conversations/{outcome.ConversationId}", default);
        return botMemory.Turns.Select(t => t.Question);
    }

    private sealed record Outcome(string ConversationId, bool OverBot, int Resolved, List<double> Latencies, List<string> Misses);
}
