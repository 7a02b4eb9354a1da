using System.Net;
using System.Net.Http.Json;
using ChatBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.State;

/// <summary>A state store that stops answering costs an answer at most <c>State:TurnBudget</c>, reads and writes
/// together: the answer still comes, without memory.</summary>
public sealed class StateBudgetTests
{
    [Fact]
    public async Task Answers_StoreNeverAnswers_StillAnsweredWithinTheBudget()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
        {
            ["State:TurnBudget"] = "00:00:00.300",
        })
        {
            ConfigureServices = services => services.AddSingleton<IStorage, SilentStorage>(),
        };
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60); // only a guard: without a budget the request never ends

        var chat = await new BotClient(client, "emulator").SayAsync("who brokered the grain deal?");
        using var ask = await client.PostAsJsonAsync("/api/ask", new { question = "who brokered the grain deal?" });

        Assert.Single(chat);
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("State:TurnBudget", StringComparison.Ordinal));
    }

    /// <summary>A store whose every call waits until it is cancelled, like Redis busy in a <c>DEBUG SLEEP</c>.</summary>
    private sealed class SilentStorage : IStorage
    {
        public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new Dictionary<string, object>();
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            Task.Delay(Timeout.Infinite, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
