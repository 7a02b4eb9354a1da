using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// "Tell me more" and "go on" read the seed article on from the last answer. Searched as a question with the previous
/// one as context, "tell me more" quoted again the very sentence the user had just read.
/// </summary>
[Collection(SeedArticleGroup.Name)]
public sealed class ReadOnTests(SeedArticleHost host)
{
    [Fact]
    public async Task AnswerAsync_TellMeMoreThenGoOn_QuotesWhatFollowsEachTimeAndNothingTwice()
    {
        var history = new List<ConversationTurn>();
        async Task<Answer> Ask(string question)
        {
            var answer = await host.AskAsync(question, history);
            history.Add(new ConversationTurn(question, answer.StandaloneQuestion, answer.Answered, answer.Citations));
            return answer;
        }

        var first = await Ask("What did Blinken press the Kremlin to accept?");
        var more = await Ask("tell me more");
        var goOn = await Ask("go on");

        Assert.Contains("substantial proposal", first.Citations[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("The article goes on: ", more.Markdown, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Answered, more.Kind);
        Assert.True(more.Citations[0].Start >= first.Citations.Max(c => c.End), more.Citations[0].Quote);
        Assert.StartsWith("Notably, it is the first time that Blinken and Lavrov have spoken", more.Citations[0].Quote, StringComparison.Ordinal);
        Assert.True(goOn.Citations[0].Start >= more.Citations[0].End, goOn.Citations[0].Quote);
    }

    [Fact]
    public async Task AnswerAsync_TellMeMoreAfterTheLastParagraph_SaysTheArticleEndsThere()
    {
        var last = await host.AskAsync("What did Lavrov accuse the collective west of?");
        Assert.Contains("Lavrov accused the collective west", last.Citations[0].Quote, StringComparison.Ordinal);
        var history = new List<ConversationTurn> { new("What did Lavrov accuse the collective west of?", last.StandaloneQuestion, last.Answered, last.Citations) };

        // The last paragraph's second sentence is what is left; after it, nothing.
        var more = await host.AskAsync("tell me more", history);
        history.Add(new ConversationTurn("tell me more", more.StandaloneQuestion, more.Answered, more.Citations));
        var end = await host.AskAsync("anything else?", history);

        Assert.Contains("prisoner swap", more.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Empty(end.Citations);
        Assert.NotEqual(AnswerKind.NotCovered, end.Kind);
        Assert.Contains("ends", end.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_TellMeMoreAfterTwoQuotes_ReadsOnFromTheFirst()
    {
        const string Text = "The uprising began in August. It lasted 63 days.\n\nThe park opened in 1920. It has a lake.";
        var article = TestArticles.FromText("city", "City", Text);
        var answerer = WordOverlapAnswerer.Over(new FakeKnowledgeBase(article));
        Citation Cite(int id, int paragraph, string quote) =>
            new(id, "city", "City", paragraph, quote, Text.IndexOf(quote, StringComparison.Ordinal), Text.IndexOf(quote, StringComparison.Ordinal) + quote.Length, 0.9);
        var history = new List<ConversationTurn>
        {
            new("tell me about the uprising", "tell me about the uprising", true, [Cite(1, 1, "The uprising began in August."), Cite(2, 2, "The park opened in 1920.")]),
        };

        var answer = await answerer.AnswerAsync(new Question("tell me more", history), null, CancellationToken.None);

        Assert.Equal("It lasted 63 days.", Assert.Single(answer.Citations).Quote);
    }

    [Fact]
    public async Task AnswerAsync_TellMeMoreAsTheFirstMessage_SummarisesTheArticle()
    {
        var answer = await host.AskAsync("tell me more");

        Assert.True(answer.Answered);
        Assert.Contains("in 3 points", answer.Markdown, StringComparison.Ordinal);
    }
}
