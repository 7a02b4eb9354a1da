using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A question in other words than the article's reaches the sentence that says it: "start" finds the oil crisis's
/// "began" (before close words the answer quoted "…joined the embargo on October 20, 1973", a later step); "how big"
/// finds a figure.
/// </summary>
[Collection(RealUserArticlesGroup.Name)]
public sealed class CloseWordsAnswerTests(RealUserArticlesHost host)
{
    [Fact]
    public async Task AnswerAsync_QuestionInOtherWords_QuotesTheSentenceThatSaysIt()
    {
        var answer = await host.AskAsync("When did the embargo start?");

        Assert.True(answer.Answered, answer.Markdown);
        Assert.Contains("began in October 1973", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HowBigQuestion_QuotesTheFigureThatGivesTheSize()
    {
        // Before a figure counted for "big", the Formula One story's crowd sentence was declined.
        var answer = await host.AskAsync("How big was the crowd?");

        Assert.True(answer.Answered, answer.Markdown);
        Assert.Contains("135,000", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
