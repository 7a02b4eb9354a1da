using ChatBot.Insights;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ChatBot.State.Tests;

/// <summary>The insights record in Redis: shared by instances over one Redis, and read only within the retention.</summary>
public sealed class RedisInsightsStoreTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task ReadSince_OnAnotherInstance_SeesEventsWithinRetentionOnly()
    {
        using var hostA = await StateHost.StartRedisAsync(_redis);
        using var hostB = await StateHost.StartRedisAsync(_redis);
        var options = Options.Create(new InsightsOptions { Retention = TimeSpan.FromDays(7) });
        var clock = new ManualClock(DateTimeOffset.UtcNow - TimeSpan.FromDays(10));
        var instanceA = new RedisInsightsStore(hostA.Get<RedisConnection>(), options, clock);
        var instanceB = new RedisInsightsStore(hostB.Get<RedisConnection>(), options, clock);

        await instanceA.RecordAsync(Event(clock, "asked ten days ago?"), default);
        clock.Now += TimeSpan.FromDays(10);
        await instanceA.RecordAsync(Event(clock, "asked today?"), default);
        var seen = await instanceB.ReadSinceAsync(DateTimeOffset.MinValue, default);

        var only = Assert.Single(seen);
        Assert.Equal("asked today?", only.Question);
        Assert.Equal("q-1", only.QuestionId);
        Assert.Equal("prolong the conflict", Assert.Single(only.Quotes).Quote);
    }

    private static InsightEvent Event(TimeProvider clock, string question) =>
        new(clock.GetUtcNow(), "answered", "msteams", "q-1", question, [new InsightQuote("a", "Title", 2, "prolong the conflict")]);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
