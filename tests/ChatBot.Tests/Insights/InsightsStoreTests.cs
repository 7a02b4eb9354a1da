using ChatBot.Insights;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Insights;

/// <summary>The in-memory insights record keeps no more than Insights:Retention and Insights:MaxEvents allow.</summary>
public sealed class InsightsStoreTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadSince_AfterRetentionPassed_LeavesOutAndForgetsOlderEvents()
    {
        var clock = new FakeTimeProvider(s_start);
        var store = new MemoryInsightsStore(Options.Create(new InsightsOptions { Retention = TimeSpan.FromDays(7) }), clock);
        await store.RecordAsync(Event(clock, "old question?"), default);
        clock.Advance(TimeSpan.FromDays(6));
        await store.RecordAsync(Event(clock, "recent question?"), default);

        clock.Advance(TimeSpan.FromDays(2));
        var kept = await store.ReadSinceAsync(DateTimeOffset.MinValue, default);

        Assert.Equal(["recent question?"], kept.Select(e => e.Question));
    }

    [Fact]
    public async Task Record_BeyondMaxEvents_DropsTheOldestFirst()
    {
        var clock = new FakeTimeProvider(s_start);
        var store = new MemoryInsightsStore(Options.Create(new InsightsOptions { MaxEvents = 3 }), clock);

        foreach (var question in new[] { "one?", "two?", "three?", "four?", "five?" })
        {
            await store.RecordAsync(Event(clock, question), default);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(["three?", "four?", "five?"], (await store.ReadSinceAsync(DateTimeOffset.MinValue, default)).Select(e => e.Question));
    }

    private static InsightEvent Event(TimeProvider clock, string question) =>
        new(clock.GetUtcNow(), "declined", "msteams", null, question, []);
}
