using ChatBot.State;

namespace ChatBot.Tests.State;

public sealed class BoundedMemoryStorageTests
{
    [Fact]
    public async Task WriteAsync_MoreConversationsThanCapacity_ForgetsTheLeastRecentlyUsed()
    {
        var storage = new BoundedMemoryStorage(capacity: 2);
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
        var storage = new BoundedMemoryStorage(capacity: 1);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new ConversationMemory() });

        await storage.DeleteAsync(["a"]);

        Assert.Empty(await storage.ReadAsync(["a"]));
        Assert.Equal(0, storage.Count);
    }
}
