using ChatBot.Answering.Tests.Fixtures;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests;

/// <summary>Suggested questions are the first thing a user clicks: each must be answered, short, and asked as a person would.</summary>
[Collection(RealUserArticlesGroup.Name)]
public sealed class SuggestionTests(RealUserArticlesHost host, ITestOutputHelper output)
{
    private static readonly string[] s_notPeople = ["Formula One", "Red Bull", "Force India", "Grand Prix", "Toyota", "Honda", "Datsun", "Bretton Woods", "Golan Heights", "Sinai"];

    [Fact]
    public async Task SuggestStarterQuestions_ThreeArticles_EachShortAnsweredAndAboutAPerson()
    {
        var starters = await host.Answerer.SuggestStarterQuestionsAsync(6, CancellationToken.None);

        output.WriteLine(string.Join("\n", starters));
        Assert.Equal(6, starters.Count);
        foreach (var starter in starters)
        {
            Assert.True(starter.Length <= 60, starter);
            Assert.DoesNotContain(s_notPeople, n => starter.Contains(n, StringComparison.Ordinal));
            var answer = await host.AskAsync(starter);
            Assert.True(answer.Kind == AnswerKind.Answered, $"{starter} -> {answer.Markdown}");
        }
    }

    [Theory]
    [InlineData("What did Lavrov say about weapons?")]
    [InlineData("Who won the United States Grand Prix?")]
    [InlineData("When did the 1973 oil crisis begin?")]
    public async Task FollowUps_AfterAnAnswer_EachAnsweredFromAnotherSentence(string question)
    {
        var answer = await host.AskAsync(question);
        var shown = answer.Citations[0];

        output.WriteLine(string.Join("\n", answer.FollowUps));
        Assert.NotEmpty(answer.FollowUps);
        foreach (var followUp in answer.FollowUps)
        {
            Assert.True(followUp.Length <= 60, followUp);
            Assert.DoesNotContain(s_notPeople, n => followUp.Contains(n, StringComparison.Ordinal));
            var next = await host.AskAsync(followUp);
            Assert.True(next.Kind == AnswerKind.Answered, $"{followUp} -> {next.Markdown}");
            var first = next.Citations[0];
            Assert.False(first.ArticleId == shown.ArticleId && first.Start < shown.End && shown.Start < first.End, $"{followUp} quotes the sentence just shown");
        }
    }
}
