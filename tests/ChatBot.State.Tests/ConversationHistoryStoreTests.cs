using ChatBot.Answering;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Extensions.Hosting;

namespace ChatBot.State.Tests;

public sealed class ConversationHistoryStoreTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task AppendAsync_TwoInstancesAppendingAtOnce_RetriesAndLosesNoTurn()
    {
        using var instanceA = await StateHost.StartRedisAsync(_redis, historyTurns: 50);
        using var instanceB = await StateHost.StartRedisAsync(_redis, historyTurns: 50);
        const string key = "msteams/conversations/race/history";

        var appends = Enumerable.Range(0, 20).Select(i =>
        {
            var host = i % 2 == 0 ? instanceA : instanceB;
            return Task.Run(() => host.Get<ConversationHistoryStore>().AppendAsync(key, Turn($"question {i}"), CancellationToken.None));
        });
        var written = await Task.WhenAll(appends);

        Assert.All(written, Assert.True);
        var turns = await instanceA.Get<ConversationHistoryStore>().GetTurnsAsync(key, CancellationToken.None);
        Assert.Equal(
            Enumerable.Range(0, 20).Select(i => $"question {i}").Order(),
            turns.Select(t => t.Question).Order());
    }

    [Fact]
    public async Task GetTurnsAsync_WrittenByOtherInstance_ReturnsTurnWithCitations()
    {
        using var instanceA = await StateHost.StartRedisAsync(_redis);
        using var instanceB = await StateHost.StartRedisAsync(_redis);
        const string key = "api/conversations/c1/history";
        var turn = Turn("what did Lavrov say about weapons?");

        await instanceA.Get<ConversationHistoryStore>().AppendAsync(key, turn, CancellationToken.None);
        var turns = await instanceB.Get<ConversationHistoryStore>().GetTurnsAsync(key, CancellationToken.None);

        var read = Assert.Single(turns);
        Assert.Equal(turn.Question, read.Question);
        Assert.Equal(turn.StandaloneQuestion, read.StandaloneQuestion);
        Assert.Equal(turn.Citations, read.Citations);
    }

    [Fact]
    public async Task AppendAsync_MoreTurnsThanKept_KeepsTheNewest()
    {
        using var host = await StateHost.StartRedisAsync(_redis, historyTurns: 3);
        var store = host.Get<ConversationHistoryStore>();
        const string key = "emulator/conversations/long/history";

        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync(key, Turn($"question {i}"), CancellationToken.None);
        }

        var turns = await store.GetTurnsAsync(key, CancellationToken.None);
        Assert.Equal(["question 3", "question 4", "question 5"], turns.Select(t => t.Question));
    }

    [Fact]
    public async Task AppendAsync_MemoryProviderConcurrentAppends_LosesNoTurn()
    {
        using var host = await StateHost.StartAsync(new Dictionary<string, string?> { ["State:HistoryTurns"] = "50" });
        var store = host.Get<ConversationHistoryStore>();
        const string key = "emulator/conversations/m/history";

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => store.AppendAsync(key, Turn($"question {i}"), CancellationToken.None))));

        Assert.Equal(20, (await store.GetTurnsAsync(key, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ForgetAsync_AfterTurns_StartsAfresh()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var store = host.Get<ConversationHistoryStore>();
        const string key = "emulator/conversations/reset/history";
        await store.AppendAsync(key, Turn("question"), CancellationToken.None);

        await store.ForgetAsync(key, CancellationToken.None);

        Assert.Empty(await store.GetTurnsAsync(key, CancellationToken.None));
    }

    private static ConversationTurn Turn(string question) => new(
        question,
        question + " (standalone)",
        Answered: true,
        [new Citation(1, "article-2022-07-30", "Lavrov", 7, "prolong the conflict", 120, 140, 0.8)]);
}
