using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// On the seed article, a question that names a place as a user does ("the jailed Americans", "Kyiv") while the
/// article says "US" and "Ukraine" is read with the article's names and answered from the sentence that says it, with
/// the reading shown. Before, each was declined as naming what the article lacks (P 0.06 and 0.05; WordNet spells
/// Kyiv "Kyyiv").
/// </summary>
[Collection(SeedArticleGroup.Name)]
public sealed class NameAliasAnswerTests(SeedArticleHost host)
{
    [Theory]
    [InlineData("Did the US put an offer on the table for the jailed Americans?", "Reading *US* for *Americans*.", "substantial proposal")]
    [InlineData("How long will America keep backing Kyiv?", "Reading *US* for *America* and *Ukraine* for *Kyiv*.", "until it ends the military offensive")]
    public async Task AnswerAsync_PlaceTheArticleCallsOtherwise_AnswersAndSaysHowItReadTheName(string question, string reading, string fact)
    {
        var reply = await host.AskAsync(question);

        Assert.Equal(AnswerKind.Answered, reply.Kind);
        Assert.StartsWith(reading, reply.Markdown, StringComparison.Ordinal);
        Assert.Contains(fact, reply.Citations[0].Quote, StringComparison.Ordinal);
    }
}
