using ChatBot.Tests.Fakes;

namespace ChatBot.Tests.Bot;

public sealed class NotReadyTests
{
    [Fact]
    public async Task Message_ArticlesStillLoading_SaysSoInsteadOfAnswering()
    {
        await using var factory = new ChatBotFactory(
            new FakeKnowledgeBase(TestArticles.All, ready: false),
            new Dictionary<string, string?> { ["Bot:ReadyTimeoutSeconds"] = "1" });
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var reply = Assert.Single(await bot.SayAsync("who brokered the grain deal?"));

        Assert.Contains("still reading the articles", reply.Text);
        Assert.Empty(factory.Answerer.Questions);
    }
}
