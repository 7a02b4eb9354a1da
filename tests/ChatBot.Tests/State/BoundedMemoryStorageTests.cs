using ChatBot.State;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.State;

public sealed class BoundedMemoryStorageTests
{
    [Fact]
    public async Task WriteAsync_MoreConversationsThanCapacity_ForgetsTheLeastRecentlyUsed()
    {
        var storage = new BoundedMemoryStorage(capacity: 2, TimeSpan.FromHours(24), TimeProvider.System);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new ConversationMemory() });
        await storage.WriteAsync(new Dictionary<string, object> { ["b"] = new ConversationMemory() });
        await storage.ReadAsync(["a"]);

        await storage.WriteAsync(new Dictionary<string, object> { ["c"] = new ConversationMemory() });

        var items = await storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(["a", "c"], items.Keys.Order());
        Assert.Equal(2, storage.Count);
    }

    [Fact]
    public async Task DeleteAsync_StoredConversation_IsGoneAndFreesItsPlace()
    {
        var storage = new BoundedMemoryStorage(capacity: 1, TimeSpan.FromHours(24), TimeProvider.System);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new ConversationMemory() });

        await storage.DeleteAsync(["a"]);

        Assert.Empty(await storage.ReadAsync(["a"]));
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task ReadAsync_ConversationNotWrittenForTheTimeToLive_IsForgottenLikeRedisWould()
    {
        var clock = new FakeTimeProvider();
        var storage = new BoundedMemoryStorage(capacity: 10, TimeSpan.FromHours(24), clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = new ConversationMemory() });
        clock.Advance(TimeSpan.FromHours(23));
        await storage.WriteAsync(new Dictionary<string, object> { ["recent"] = new ConversationMemory() });
        Assert.Single(await storage.ReadAsync(["old"])); // reading does not extend its life, writing does

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(["recent"], (await storage.ReadAsync(["old", "recent"])).Keys);
        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task WriteAsync_AfterTheTimeToLive_SweepsExpiredConversationsNobodyReads()
    {
        var clock = new FakeTimeProvider();
        var storage = new BoundedMemoryStorage(capacity: 10, TimeSpan.FromMinutes(30), clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new ConversationMemory(), ["b"] = new ConversationMemory() });

        clock.Advance(TimeSpan.FromMinutes(31));
        await storage.WriteAsync(new Dictionary<string, object> { ["c"] = new ConversationMemory() });

        Assert.Equal(1, storage.Count);
    }

    [Fact]
    public async Task ReadAsync_ApiConversationPastItsChannelTimeToLive_IsForgottenWhileAChatIsKept()
    {
        // Anonymous /api/ask callers' conversations are kept an hour by default, chats a day.
        var clock = new FakeTimeProvider();
        var options = new StateOptions();
        var storage = new BoundedMemoryStorage(capacity: 10, TimeSpan.FromHours(1), options.TimeToLiveFor, clock);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["api/conversations/a"] = new ConversationMemory(),
            ["bot/msteams/conversations/b"] = new ConversationMemory(),
        });

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(["bot/msteams/conversations/b"], (await storage.ReadAsync(["api/conversations/a", "bot/msteams/conversations/b"])).Keys);
    }
}
