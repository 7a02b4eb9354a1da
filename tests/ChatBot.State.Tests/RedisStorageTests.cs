using ChatBot.State.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ChatBot.State.Tests;

public sealed class RedisStorageTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task WriteAsync_StaleETag_ThrowsConflictAndKeepsTheNewerWrite()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "first" } });
        var readByA = await ReadNoteAsync(storage, "doc");
        var readByB = await ReadNoteAsync(storage, "doc");

        readByA.Text = "A's edit";
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = readByA });
        readByB.Text = "B's edit from a stale read";
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["doc"] = readByB }));

        Assert.Equal("doc", conflict.Key);
        Assert.StartsWith("Etag conflict", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("A's edit", (await ReadNoteAsync(storage, "doc")).Text);
    }

    [RedisFact]
    public async Task WriteAsync_StarETag_OverwritesWhateverIsStored()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "first" } });
        var stale = await ReadNoteAsync(storage, "doc");
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "second", ETag = stale.ETag } });

        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", (await ReadNoteAsync(storage, "doc")).Text);
    }

    [RedisFact]
    public async Task WriteAsync_EachWrite_IssuesANewETag()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "first" } });
        var first = await ReadNoteAsync(storage, "doc");
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = first });

        var second = await ReadNoteAsync(storage, "doc");

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [RedisFact]
    public async Task ReadAsync_SameItemsWritten_MatchesMemoryStorageShape()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var redis = host.Get<IStorage>();
        var memory = new MemoryStorage();
        var changes = new Dictionary<string, object>
        {
            ["note"] = new Note { Text = "hello", Tags = ["a", "b"] },
            ["plain"] = new Dictionary<string, object> { ["count"] = 3, ["nested"] = new { Name = "x" } },
        };
        await redis.WriteAsync(changes);
        await memory.WriteAsync(changes, CancellationToken.None);

        var fromRedis = await redis.ReadAsync(["note", "plain", "missing"]);
        var fromMemory = await memory.ReadAsync(["note", "plain", "missing"], CancellationToken.None);

        Assert.Equal(fromMemory.Keys.Order(), fromRedis.Keys.Order());
        foreach (var key in fromMemory.Keys)
        {
            Assert.Equal(fromMemory[key].GetType(), fromRedis[key].GetType());
            var expected = JObject.FromObject(fromMemory[key]);
            var actual = JObject.FromObject(fromRedis[key]);
            // ETag values differ by design (a counter in memory, a random id in Redis); their presence must not.
            Assert.Equal(string.IsNullOrEmpty((string?)expected["ETag"]), string.IsNullOrEmpty((string?)actual["ETag"]));
            expected.Remove("ETag");
            actual.Remove("ETag");
            Assert.True(JToken.DeepEquals(expected, actual), $"{key}: memory {expected} vs redis {actual}");
        }
    }

    [RedisFact]
    public async Task WriteAsync_ShortTimeToLive_ItemExpires()
    {
        using var host = await StateHost.StartRedisAsync(_redis, timeToLive: "00:00:01");
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "soon gone" } });
        Assert.Single(await storage.ReadAsync(["doc"]));

        var expired = await PollAsync(async () => (await storage.ReadAsync(["doc"])).Count == 0, TimeSpan.FromSeconds(15));

        Assert.True(expired, "the item should expire about a second after it was written");
    }

    [RedisFact]
    public async Task WriteAsync_DefaultSettings_SetsTwentyFourHourTimeToLive()
    {
        using var host = await StateHost.StartAsync(new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:Redis:ConnectionString"] = _redis.ConnectionString,
        });
        await host.Get<IStorage>().WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "x" } });

        var ttlMs = long.Parse((await _redis.CommandAsync("PTTL chatbot:state:doc")).TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(ttlMs, TimeSpan.FromHours(23.9).TotalMilliseconds, TimeSpan.FromHours(24).TotalMilliseconds);
    }

    [RedisFact]
    public async Task DeleteAsync_WrittenItem_ReadsAsAbsent()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new Note { Text = "x" } });

        await storage.DeleteAsync(["doc"]);

        Assert.Empty(await storage.ReadAsync(["doc"]));
    }

    [RedisFact]
    public async Task ReadAsync_StoredDocumentNamesForeignType_RefusesToLoadIt()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var reply = await _redis.CommandAsync(
            """HSET chatbot:state:evil doc "{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\",\"StartInfo\":{\"FileName\":\"/bin/sh\"}}" """);
        Assert.Equal(":1", reply);

        var error = await Assert.ThrowsAsync<Newtonsoft.Json.JsonSerializationException>(
            () => host.Get<IStorage>().ReadAsync(["evil"]));

        Assert.Contains("System.Diagnostics.Process' is not allowed", error.ToString(), StringComparison.Ordinal);
    }

    internal static async Task<bool> PollAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }

    private static async Task<Note> ReadNoteAsync(IStorage storage, string key)
    {
        var items = await storage.ReadAsync([key]);
        return Assert.IsType<Note>(items[key]);
    }

    internal sealed class Note : IStoreItem
    {
        public string? ETag { get; set; }

        public string Text { get; set; } = "";

        public List<string> Tags { get; set; } = [];
    }

    [RedisFact]
    public async Task WriteAsync_ApiConversationAndChat_EachGetsItsChannelsTimeToLive()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        await host.Get<IStorage>().WriteAsync(new Dictionary<string, object>
        {
            ["api/conversations/a"] = new Note { Text = "x" },
            ["bot/msteams/conversations/b"] = new Note { Text = "y" },
        });

        var apiMs = long.Parse((await _redis.CommandAsync("PTTL chatbot:state:api/conversations/a")).TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);
        var chatMs = long.Parse((await _redis.CommandAsync("PTTL chatbot:state:bot/msteams/conversations/b")).TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(apiMs, TimeSpan.FromMinutes(59).TotalMilliseconds, TimeSpan.FromHours(1).TotalMilliseconds);
        Assert.InRange(chatMs, TimeSpan.FromHours(23.9).TotalMilliseconds, TimeSpan.FromHours(24).TotalMilliseconds);
    }
}
