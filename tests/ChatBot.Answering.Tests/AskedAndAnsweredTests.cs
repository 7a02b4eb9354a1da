using ChatBot.Answering.Extractive;
using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A story that asks its own question answers it in the next sentence. On the IBM and Siri story, "how long does apple
/// keep the recordings?" quoted the story's own "How long does Apple store all of this stuff, and who gets a look at
/// it?" under "The article says:", a question for an answer; the next sentence, "Well, the company doesn't actually
/// say.", is the answer, and the reply now says the article does not say. A paragraph that only asks (the headline
/// of another story) is not quoted.
/// </summary>
public sealed class AskedAndAnsweredTests(SiriStoryHost host) : IClassFixture<SiriStoryHost>
{
    [Theory]
    [InlineData("how long does apple keep the recordings?")]
    [InlineData("How long is my voice stored?")]
    public async Task AnswerAsync_StoryAsksTheQuestionAndSaysItIsNotKnown_SaysTheArticleDoesNotSay(string question)
    {
        var answer = await host.AskAsync(question);

        Assert.Equal(AnswerKind.LeftOpen, answer.Kind);
        Assert.StartsWith("The article does not say.", answer.Markdown, StringComparison.Ordinal);
        Assert.Contains("How long does Apple store all of this stuff, and who gets a look at it? Well, the company doesn't actually say.", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OnlyASentenceAboutSomethingElseIsLeftOpen_SaysTheArticleDoesNotSay()
    {
        var answer = await host.AskAsync("Who wrote the article?");

        Assert.Equal(AnswerKind.NotCovered, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task AnswerAsync_StoryAnswersItsOwnQuestion_QuotesTheAnswerWithIt()
    {
        var answer = await host.AskAsync("Where does the data go?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("The reason? Siri ships everything you say to her to a big data center in Maiden, North Carolina.", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_HeadlineOfAnotherStoryAsksTheQuestion_QuotesTheSentenceThatAnswersIt()
    {
        // As in a CNN story, where "Who is Salman bin Abdulaziz?" is a link to another story, not an answer.
        var story = TestArticles.FromText("council", "Council", "The town council met on Monday.\n\nWho is Jane Doe?\n\nThe council appointed Jane Doe, a former judge, as the new mayor.");
        var answerer = WordOverlapAnswerer.Over(new FakeKnowledgeBase(story));

        var answer = await answerer.AnswerAsync(new Question("Who is Jane Doe?", []), null, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("The council appointed Jane Doe, a former judge, as the new mayor.", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("Who is", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Well, the company doesn't actually say.")]
    [InlineData("The ministry did not publicly comment.")]
    [InlineData("He did not reveal the details regarding Lavrov's response to the proposal.")]
    public void LeavesOpen_SentenceSaysTheFactIsNotGiven_IsTrue(string sentence) => Assert.True(ReplyVerdict.LeavesOpen(sentence));

    [Theory]
    [InlineData("The company says the recordings are kept for two years.")]
    [InlineData("He did not actually win the race.")]
    public void LeavesOpen_SentenceStatesAFact_IsFalse(string sentence) => Assert.False(ReplyVerdict.LeavesOpen(sentence));
}
