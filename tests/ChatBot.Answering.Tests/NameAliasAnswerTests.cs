using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// On the seed article, a question that names the country as a user does ("the jailed Americans") while the article
/// says "US" is read with the article's name and answered from the sentence that says it, with the reading shown.
/// Before, "Americans" was a name the article lacked and the question was declined (P 0.06).
/// </summary>
[Collection(SeedArticleGroup.Name)]
public sealed class NameAliasAnswerTests(SeedArticleHost host)
{
    [Fact]
    public async Task AnswerAsync_NameTheArticleCallsOtherwise_AnswersAndSaysHowItReadTheName()
    {
        var reply = await host.AskAsync("Did the US put an offer on the table for the jailed Americans?");

        Assert.Equal(AnswerKind.Answered, reply.Kind);
        Assert.StartsWith("Reading *US* for *Americans*.", reply.Markdown, StringComparison.Ordinal);
        Assert.Contains("substantial proposal", reply.Citations[0].Quote, StringComparison.Ordinal);
    }
}
