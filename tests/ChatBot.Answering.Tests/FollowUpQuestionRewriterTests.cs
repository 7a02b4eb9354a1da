using ChatBot.Answering.Conversation;
using ChatBot.Answering.Tests.Fakes;

namespace ChatBot.Answering.Tests;

public sealed class FollowUpQuestionRewriterTests
{
    private const string Text =
        "US officials spoke about the release of a basketball player, Brittney Griner and corporate security executive, Paul Whelan.\n\n" +
        "Russian FM Sergey Lavrov told Blinken that supplying military equipment will prolong the conflict. Lavrov accused the collective west of exploiting the problem.";

    private static readonly FollowUpQuestionRewriter s_rewriter = new(new FakeKnowledgeBase(TestArticles.FromText("a", "Talks", Text)));

    [Fact]
    public void Rewrite_NoHistory_ReturnsTheQuestion()
    {
        var resolved = s_rewriter.Rewrite("Who is Paul Whelan?", []);

        Assert.Equal("Who is Paul Whelan?", resolved.Standalone);
        Assert.False(resolved.IsFollowUp);
    }

    [Fact]
    public void Rewrite_PronounFollowUp_KeepsTheQuestionAndCarriesThePreviousOneVisibly()
    {
        var history = new[] { Turn("What did Lavrov say about weapons?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite("and what did he accuse the West of?", history);

        Assert.Equal("What did he accuse the West of (in the context of: What did Lavrov say about weapons)?", resolved.Standalone);
        Assert.Equal("What did he accuse the West of?", resolved.Focus);
        Assert.True(resolved.IsFollowUp);
    }

    [Theory]
    [InlineData("Where?")]
    [InlineData("Why?")]
    [InlineData("who?")]
    public void Rewrite_BareQuestionWord_AsksItAboutThePreviousQuestion(string question)
    {
        var history = new[] { Turn("What did Lavrov say about weapons?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite(question, history);

        Assert.Contains("What did Lavrov say about weapons", resolved.Standalone, StringComparison.Ordinal);
        Assert.True(resolved.IsFollowUp);
    }

    [Fact]
    public void Rewrite_TheOtherDetainee_IsTheNamePairedWithTheOneAskedAbout()
    {
        var history = new[] { Turn("Who is Paul Whelan?", paragraph: 1, quote: "corporate security executive, Paul Whelan") };

        var resolved = s_rewriter.Rewrite("what about the other detainee?", history);

        Assert.Equal("Who is Brittney Griner?", resolved.Standalone);
    }

    [Theory]
    [InlineData("and Blinken?", "What did Blinken say about weapons?")]
    [InlineData("And Sergey Lavrov?", "What did Sergey Lavrov say about weapons?")]
    public void Rewrite_ConnectorAndANameAlone_AsksThePreviousQuestionAboutIt(string question, string expected)
    {
        var history = new[] { Turn("What did Paul Whelan say about weapons?", paragraph: 1, quote: "corporate security executive, Paul Whelan") };

        var resolved = s_rewriter.Rewrite(question, history);

        Assert.Equal(expected, resolved.Standalone);
        Assert.True(resolved.IsFollowUp);
    }

    [Fact]
    public void Rewrite_ConnectorAndTheOtherOne_IsTheNamePairedWithTheOneAskedAbout()
    {
        var history = new[] { Turn("Who is Paul Whelan?", paragraph: 1, quote: "corporate security executive, Paul Whelan") };

        var resolved = s_rewriter.Rewrite("and the other detainee?", history);

        Assert.Equal("Who is Brittney Griner?", resolved.Standalone);
    }

    [Theory]
    [InlineData("and him?")]
    [InlineData("and in 2010?")]
    [InlineData("so why?")]
    public void Rewrite_ConnectorAndNoSubject_CarriesThePreviousQuestionAsContext(string question)
    {
        var history = new[] { Turn("What did Lavrov say about weapons?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite(question, history);

        Assert.EndsWith("(in the context of: What did Lavrov say about weapons)?", resolved.Standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_ItsAlone_CarriesThePreviousQuestionAsContext()
    {
        var history = new[] { Turn("What is the Kremlin?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite("who are its members?", history);

        Assert.Equal("Who are its members (in the context of: What is the Kremlin)?", resolved.Standalone);
    }

    [Fact]
    public void Rewrite_WhatAboutTopic_ReplacesThePreviousTopic()
    {
        var history = new[] { Turn("What did Lavrov say about weapons?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite("what about sanctions?", history);

        Assert.Equal("What did Lavrov say about sanctions?", resolved.Standalone);
    }

    [Fact]
    public void Rewrite_ThenFollowUp_CarriesThePreviousQuestion()
    {
        var history = new[] { Turn("What did Blinken say about annexation?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite("what would the US do then?", history);

        Assert.StartsWith("What would the US do", resolved.Standalone, StringComparison.Ordinal);
        Assert.Contains("What did Blinken say about annexation", resolved.Standalone, StringComparison.Ordinal);
        Assert.DoesNotContain("then", resolved.Standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_NewQuestionNamingSomeone_IsLeftAlone()
    {
        var history = new[] { Turn("What did Lavrov say about weapons?", paragraph: 2, quote: "Russian FM Sergey Lavrov told Blinken") };

        var resolved = s_rewriter.Rewrite("Who is Paul Whelan?", history);

        Assert.Equal("Who is Paul Whelan?", resolved.Standalone);
        Assert.False(resolved.IsFollowUp);
    }

    private static ConversationTurn Turn(string question, int paragraph, string quote)
    {
        var start = Text.IndexOf(quote, StringComparison.Ordinal);
        return new ConversationTurn(question, question, true, [new Citation(1, "a", "Talks", paragraph, quote, start, start + quote.Length, 0.8)]);
    }
}
