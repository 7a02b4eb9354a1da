using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// With the seed article beside the 1973 oil crisis (CC BY-SA 4.0, see the SQuAD fixture's licence note) and a CoQA
/// story, "America" is a word of the oil-crisis story, so the question keeps it; the seed article's sentence still
/// holds it as "US" when the answer is judged. Before, "America" counted as a name the quoted article lacked (P 0.21).
/// </summary>
[Collection(RealUserArticlesGroup.Name)]
public sealed class NameAliasBesideOtherArticlesTests(RealUserArticlesHost host)
{
    [Fact]
    public async Task AnswerAsync_NameAnotherArticleUses_IsHeldByTheQuotedArticlesOwnName()
    {
        var reply = await host.AskAsync("How long will America keep backing Kyiv?");

        Assert.Equal(AnswerKind.Answered, reply.Kind);
        Assert.Equal(RealUserArticlesHost.ArticleIds["seed"], reply.Citations[0].ArticleId);
        Assert.Contains("until it ends the military offensive", reply.Citations[0].Quote, StringComparison.Ordinal);
    }
}
