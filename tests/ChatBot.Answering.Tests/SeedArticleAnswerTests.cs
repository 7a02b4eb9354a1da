using ChatBot.Answering.Tests.Data;
using ChatBot.Answering.Tests.Fixtures;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests;

[Collection(SeedArticleGroup.Name)]
public sealed class SeedArticleAnswerTests(SeedArticleHost host, ITestOutputHelper output)
{
    private static readonly SeedQuestionSet s_set = SeedQuestionSet.Load();

    [Fact]
    public void TestSet_EveryFact_IsArticleText()
    {
        var text = host.KnowledgeBase.Articles.Single().Text;

        Assert.True(s_set.Answerable.Count >= 30);
        Assert.Equal(8, s_set.OffTopic.Count);
        Assert.All(s_set.Answerable.SelectMany(q => q.Facts), fact => Assert.Contains(fact, text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The share answered with a citation that holds the fact when last measured: 33/36 until answer-or-decline weighed,
    /// for one article, how many of the question's words the article lacks (2 December); since then "What happens to
    /// the number of casualties if military aid keeps flowing?", five of its seven words not in the article, is declined
    /// (P 0.27), as "who won the world cup?" (0.28) is; 34/36 with close words.
    /// </summary>
    private const double MinShareCitingTheFact = 34 / 36.0;

    [Fact]
    public async Task AnswerAsync_SeedQuestionSet_ShareCitingTheFactAtLeastMeasured()
    {
        var correct = 0;
        foreach (var question in s_set.Answerable)
        {
            var answer = await host.AskAsync(question.Question);
            var held = answer.Answered && answer.Citations.Any(question.IsHeldBy);
            correct += held ? 1 : 0;
            if (!held)
            {
                output.WriteLine($"MISSED {question.Question} -> {(answer.Citations.Count > 0 ? answer.Citations[0].Quote : answer.Markdown)}");
            }
        }

        output.WriteLine($"{correct}/{s_set.Answerable.Count} answered with a citation holding the fact");
        Assert.True(correct >= MinShareCitingTheFact * s_set.Answerable.Count - 1e-9, $"only {correct}/{s_set.Answerable.Count}");
    }

    [Theory]
    [InlineData("When did Blinken and Lavrov talk?")]
    [InlineData("when did blinkin call lavrov")]
    public async Task AnswerAsync_WhenQuestion_QuotesTheDateOfThatEventNotOfAnotherClause(string question)
    {
        // The article also dates the war's start in a sentence about the same two men: that date answers another question.
        var answer = await host.AskAsync(question);

        Assert.True(answer.Answered, answer.Markdown);
        Assert.Contains("29 July", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OffTopicQuestions_AtLeastSevenOfEightAbstain()
    {
        var abstained = 0;
        foreach (var question in s_set.OffTopic)
        {
            var answer = await host.AskAsync(question);
            if (!answer.Answered)
            {
                abstained++;
                Assert.Empty(answer.Citations);
                Assert.Contains("doesn't say", answer.Markdown, StringComparison.Ordinal);
            }
            else
            {
                output.WriteLine($"ANSWERED {question} -> {answer.Citations[0].Quote} ({answer.Citations[0].Score})");
            }
        }

        Assert.True(abstained >= 7, $"only {abstained}/8 abstained");
    }

    [Fact]
    public async Task AnswerAsync_WeaponsQuestion_QuotesTheMilitaryEquipmentSentenceWithMarker()
    {
        var answer = await host.AskAsync("what did Lavrov say about weapons?");

        Assert.True(answer.Answered);
        var first = answer.Citations[0];
        Assert.Contains("prolong the conflict", first.Quote, StringComparison.Ordinal);
        Assert.Contains("[1]", answer.Markdown, StringComparison.Ordinal);
        Assert.Contains(first.Quote, answer.Markdown, StringComparison.Ordinal);
        Assert.Equal(6, first.Paragraph);
    }

    [Fact]
    public async Task AnswerAsync_AnyQuestion_CitationsAreExactDistinctSpans()
    {
        var article = host.KnowledgeBase.Articles.Single();
        foreach (var question in s_set.Answerable)
        {
            var answer = await host.AskAsync(question.Question);

            Assert.InRange(answer.Citations.Count, 0, 2);
            Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => (c.Start, c.End)).Distinct().Count());
            foreach (var citation in answer.Citations)
            {
                Assert.Equal(citation.Quote, article.Text[citation.Start..citation.End]);
                Assert.True(citation.Quote.Length < 300);
                Assert.Contains($"[{citation.Id}]", answer.Markdown, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// Off-topic questions, among them the example "who won the world cup?": it shares one word with the article
    /// ("the world will not recognize annexations") and lacks the two that say what it asks about, and it was answered
    /// with that sentence.
    /// </summary>
    [Theory]
    [InlineData("Who won the 2018 FIFA World Cup?")]
    [InlineData("who won the world cup?")]
    [InlineData("What's the capital of France?")]
    public async Task AnswerAsync_OffTopic_DeclinesAndSaysWhatTheArticleCovers(string question)
    {
        var answer = await host.AskAsync(question);

        Assert.False(answer.Answered, answer.Markdown);
        Assert.Empty(answer.Citations);
        Assert.Contains("Lavrov", answer.Markdown, StringComparison.Ordinal);
        Assert.NotEmpty(answer.FollowUps);
    }
}
