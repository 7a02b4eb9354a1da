using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// Over the twelve SQuAD articles (CC BY-SA 4.0, see the fixture's licence note), a question that uses a synonym of
/// the article's word reaches the sentence that says it: "believed to be ctenophores" is the article's "thought to
/// represent ctenophores" (WordNet, <see cref="Text.SynonymLexicon"/>). Before, with twelve articles in view, no close
/// word was looked for and the first quote was another fossil sentence without the age. The question is on the
/// evaluation tool's tune half.
/// </summary>
public sealed class SynonymAnswerTests(SquadHost host) : IClassFixture<SquadHost>
{
    [Fact]
    public async Task AnswerAsync_QuestionUsesASynonymOfTheArticlesWord_QuotesTheSentenceThatSaysIt()
    {
        var reply = await host.AskAsync("Fossils found that were believed to be ctenophores were how old?");

        Assert.Equal(AnswerKind.Answered, reply.Kind);
        Assert.Contains("515 million years ago", reply.Citations[0].Quote, StringComparison.Ordinal);
    }
}
