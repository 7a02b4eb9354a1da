using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Bot;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task Message_AnswererThrows_ApologisesWithoutExceptionTextAndForgetsConversation()
    {
        await using var factory = new ChatBotFactory();
        var bot = new BotClient(factory.CreateClient(), "emulator");
        await bot.SayAsync("what did Lavrov say about military equipment?");
        factory.Answerer.BeforeAnswer = (question, _, _) => question.Text.Contains("explode", StringComparison.Ordinal)
            ? throw new InvalidOperationException("secret connection string leaked")
            : Task.CompletedTask;

        var apology = Assert.Single(await bot.SayAsync("please explode"));
        await bot.SayAsync("who brokered the grain deal?");

        Assert.Contains("Sorry, something went wrong", apology.Text);
        Assert.DoesNotContain("secret", apology.Text);
        Assert.Empty(factory.Answerer.Questions.Last().History);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }
}
