using ChatBot.State.Tests.Infrastructure;

namespace ChatBot.State.Tests;

public sealed class FeedbackStoreTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task ReadLatestAsync_RecordedOnAnInstanceSinceStopped_ReturnsItNewestFirst()
    {
        using (var before = await StateHost.StartRedisAsync(_redis))
        {
            var store = before.Get<IFeedbackStore>();
            await store.RecordAsync(Entry("like", "a1"), CancellationToken.None);
            await store.RecordAsync(Entry("dislike", "a2"), CancellationToken.None);
        }

        using var after = await StateHost.StartRedisAsync(_redis);
        var latest = await after.Get<IFeedbackStore>().ReadLatestAsync(10, CancellationToken.None);

        Assert.Equal(["a2", "a1"], latest.Select(e => e.AnswerId));
        Assert.Equal(["dislike", "like"], latest.Select(e => e.Reaction));
        Assert.Equal("what did Lavrov say about weapons?", latest[0].Question);
    }

    [RedisFact]
    public async Task RecordAsync_RedisDown_KeepsFeedbackAndWritesItOnceBack()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var store = host.Get<IFeedbackStore>();
        await _redis.StopAsync();

        await store.RecordAsync(Entry("like", "while-down"), CancellationToken.None);
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.ReadLatestAsync(10, CancellationToken.None));
        await _redis.StartAsync();
        IReadOnlyList<FeedbackEntry> latest = [];
        var back = await RedisStorageTests.PollAsync(async () =>
        {
            try
            {
                latest = await store.ReadLatestAsync(10, CancellationToken.None);
                return true;
            }
            catch (StateUnavailableException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30));

        Assert.True(back);
        Assert.Equal("while-down", Assert.Single(latest).AnswerId);
    }

    [RedisFact]
    public async Task ReadLatestAsync_MemoryProvider_ReturnsNewestFirstWithinLimit()
    {
        using var host = await StateHost.StartAsync(new Dictionary<string, string?>());
        var store = host.Get<IFeedbackStore>();
        for (var i = 1; i <= 5; i++)
        {
            await store.RecordAsync(Entry("like", $"a{i}"), CancellationToken.None);
        }

        var latest = await store.ReadLatestAsync(3, CancellationToken.None);

        Assert.Equal(["a5", "a4", "a3"], latest.Select(e => e.AnswerId));
    }

    private static FeedbackEntry Entry(string reaction, string answerId) => new(
        DateTimeOffset.UtcNow, reaction, "helpful", "msteams", "conv-1", answerId, "q-" + answerId,
        "what did Lavrov say about weapons?", "user-1");
}
