using ChatBot.Answering;
using ChatBot.State.Tests.Infrastructure;

namespace ChatBot.State.Tests;

public sealed class AskConversationStoreTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task AppendAsync_TwoInstancesAppendingAtOnce_RetriesAndLosesNoTurn()
    {
        using var instanceA = await StateHost.StartRedisAsync(_redis);
        using var instanceB = await StateHost.StartRedisAsync(_redis);

        var appends = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var store = (i % 2 == 0 ? instanceA : instanceB).Get<AskConversationStore>();
            var memory = await store.ReadAsync("race", CancellationToken.None);
            return await store.AppendAsync("race", memory, Turn($"question {i}"), maxTurns: 50, CancellationToken.None);
        }));
        var written = await Task.WhenAll(appends);

        Assert.All(written, Assert.True);
        var turns = (await instanceA.Get<AskConversationStore>().ReadAsync("race", CancellationToken.None)).Turns;
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"question {i}").Order(), turns.Select(t => t.Question).Order());
    }

    [RedisFact]
    public async Task AppendAsync_StaleMemory_ReappliesTheTurnOnFreshState()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var store = host.Get<AskConversationStore>();
        var staleCopy = await store.ReadAsync("c", CancellationToken.None);
        await store.AppendAsync("c", await store.ReadAsync("c", CancellationToken.None), Turn("first"), 5, CancellationToken.None);

        await store.AppendAsync("c", staleCopy, Turn("second"), 5, CancellationToken.None);

        var turns = (await store.ReadAsync("c", CancellationToken.None)).Turns;
        Assert.Equal(["first", "second"], turns.Select(t => t.Question));
    }

    [RedisFact]
    public async Task ReadAsync_WrittenByOtherInstance_ReturnsTurnWithCitations()
    {
        using var instanceA = await StateHost.StartRedisAsync(_redis);
        using var instanceB = await StateHost.StartRedisAsync(_redis);
        var turn = Turn("what did Lavrov say about weapons?");

        var storeA = instanceA.Get<AskConversationStore>();
        await storeA.AppendAsync("c1", await storeA.ReadAsync("c1", CancellationToken.None), turn, 5, CancellationToken.None);
        var turns = (await instanceB.Get<AskConversationStore>().ReadAsync("c1", CancellationToken.None)).Turns;

        var read = Assert.Single(turns);
        Assert.Equal(turn.Question, read.Question);
        Assert.Equal(turn.StandaloneQuestion, read.StandaloneQuestion);
        Assert.Equal(turn.Citations, read.Citations);
    }

    [RedisFact]
    public async Task AppendAsync_MemoryProviderConcurrentAppends_LosesNoTurn()
    {
        using var host = await StateHost.StartAsync(new Dictionary<string, string?>());
        var store = host.Get<AskConversationStore>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            await store.AppendAsync("m", await store.ReadAsync("m", CancellationToken.None), Turn($"question {i}"), 50, CancellationToken.None))));

        Assert.Equal(20, (await store.ReadAsync("m", CancellationToken.None)).Turns.Count);
    }

    private static ConversationTurn Turn(string question) => new(
        question,
        question + " (standalone)",
        Answered: true,
        [new Citation(1, "article-2022-07-30", "Lavrov", 7, "prolong the conflict", 120, 140, 0.8)]);
}
