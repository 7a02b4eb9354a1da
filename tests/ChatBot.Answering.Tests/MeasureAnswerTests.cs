using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// "How long …?" is answered by a duration. On the seed article alone, "How long is Griner's prison sentence?" quoted
/// "US officials in recent days have spoken about their efforts for the release of … Brittney Griner" (P 0.33, over
/// the threshold), since "days" was taken for the duration; the article never gives her sentence, and the bot now
/// says so. A span up to an event ("until …") still gives how long.
/// </summary>
[Collection(SeedArticleGroup.Name)]
public sealed class MeasureAnswerTests(SeedArticleHost host)
{
    [Theory]
    [InlineData("How long is Griner's prison sentence?")]
    [InlineData("how long is griner's prison sentence?")]
    public async Task AnswerAsync_HowLongTheArticleNeverSays_SaysTheArticleDoesNotSay(string question)
    {
        var answer = await host.AskAsync(question);

        Assert.Equal(AnswerKind.NotCovered, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AnswerAsync_HowLongUntilAnEvent_QuotesTheSpan()
    {
        var answer = await host.AskAsync("How long will Washington keep supporting Ukraine?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("until it ends the military offensive", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
