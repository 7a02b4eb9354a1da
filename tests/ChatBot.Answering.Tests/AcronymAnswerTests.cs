using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// Over the twelve SQuAD articles, a question that shortens a name the article writes in full is answered from it, and
/// the reply says how the acronym was read (before acronyms were read, both were declined as not covered). The
/// questions are on the evaluation tool's test half.
/// </summary>
public sealed class AcronymAnswerTests(SquadHost host) : IClassFixture<SquadHost>
{
    [Theory]
    [InlineData("How much can the SP alter income tax in Scotland?", "Scottish Parliament", "SP", "3 pence")]
    [InlineData("According to the AAA, what is the percentage of the gas stations that ran out of gasoline?", "American Automobile Association", "AAA", "20%")]
    public async Task AnswerAsync_AcronymOfANameTheArticleSpellsOut_AnswersAndSaysHowItWasRead(string question, string name, string acronym, string fact)
    {
        var answer = await host.AskAsync(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith($"Reading *{name}* for *{acronym}*.", answer.Markdown, StringComparison.Ordinal);
        Assert.Contains(fact, answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
