using ChatBot.Answering.Extractive;
using ChatBot.Answering.Tests.Fixtures;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A "how many / how much" question is answered by a figure of the thing it counts: a quote whose figures count
/// something else ("a capacity crowd of 135,000" for prize money) does not answer it, and the bot says the articles
/// don't say instead.
/// </summary>
[Collection(RealUserArticlesGroup.Name)]
public sealed class CountedThingAnswerTests(RealUserArticlesHost host)
{
    [Fact]
    public async Task AnswerAsync_HowMuchOfAThingNoSentenceCounts_SaysTheArticlesDontSay()
    {
        var answer = await host.AskAsync("How much prize money did Hamilton win?");

        Assert.Equal(AnswerKind.NotCovered, answer.Kind);
    }

    [Fact]
    public async Task AnswerAsync_HowManyOfAThingTheSentenceCounts_QuotesTheFigure()
    {
        var answer = await host.AskAsync("How many laps did the race have?");

        Assert.True(answer.Answered, answer.Markdown);
        Assert.Contains("lap 42 of 56", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How much prize money did Hamilton win?", "prize money")]
    [InlineData("and how many laps were there?", "laps")]
    [InlineData("How many did they free?", "")]
    [InlineData("Who won the race?", "")]
    public void Counted_Question_IsTheWordsAfterHowManyOrMuch(string question, string counted)
    {
        var expected = counted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextTerms.Stem);

        Assert.Equal(expected, new QuestionProfile(question).Counted);
    }
}
