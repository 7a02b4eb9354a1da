using System.Text.RegularExpressions;
using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

[Collection(SeedArticleGroup.Name)]
public sealed partial class SeedArticleCommandTests(SeedArticleHost host)
{
    [Theory]
    [InlineData("summary")]
    [InlineData("What is this article about?")]
    [InlineData("summarize the article please")]
    public async Task AnswerAsync_SummaryRequest_ThreeCitedBulletsWithoutMarkersInListItems(string request)
    {
        var answer = await host.AskAsync(request);

        var bullets = answer.Markdown.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.True(answer.Answered);
        Assert.Equal(3, bullets.Count);
        Assert.Equal(3, answer.Citations.Count);
        Assert.All(bullets, b => Assert.DoesNotMatch(Marker(), b));
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Id}]", answer.Markdown, StringComparison.Ordinal));
        AssertExact(answer);
    }

    [Fact]
    public async Task AnswerAsync_WhoIsMentioned_NamesPeopleAndOrganisationsEachCited()
    {
        var answer = await host.AskAsync("who is mentioned?");

        Assert.True(answer.Answered);
        foreach (var name in new[] { "Antony Blinken", "Sergey Lavrov", "Paul Whelan", "Brittney Griner", "Kremlin", "United Nations" })
        {
            var marker = Regex.Match(answer.Markdown, Regex.Escape(name) + @" \[(\d+)\]");
            Assert.True(marker.Success, $"{name} is not listed with a marker in: {answer.Markdown}");
            var citation = answer.Citations.Single(c => c.Id == int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains(name.Split(' ')[^1], citation.Quote, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Friday", answer.Markdown, StringComparison.Ordinal);
        Assert.All(answer.Markdown.Split('\n'), l => Assert.False(l.TrimStart().StartsWith("- ", StringComparison.Ordinal) && Marker().IsMatch(l)));
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => c.Start).Distinct().Count());
        AssertExact(answer);
    }

    [Fact]
    public async Task AnswerAsync_Question_OffersFollowUpsTheArticleAnswers()
    {
        var answer = await host.AskAsync("What did Lavrov say about weapons?");

        Assert.InRange(answer.FollowUps.Count, 1, 3);
        foreach (var followUp in answer.FollowUps)
        {
            var next = await host.AskAsync(followUp);
            Assert.True(next.Answered, $"follow-up '{followUp}' was not answered");
        }
    }

    [Fact]
    public async Task SuggestStarterQuestionsAsync_SeedArticle_ThreeAnswerableQuestions()
    {
        var starters = await host.Answerer.SuggestStarterQuestionsAsync(3, CancellationToken.None);

        Assert.Equal(3, starters.Count);
        foreach (var starter in starters)
        {
            var answer = await host.AskAsync(starter);
            Assert.True(answer.Answered, $"starter '{starter}' was not answered");
        }
    }

    private void AssertExact(Answer answer)
    {
        var text = host.KnowledgeBase.Articles.Single().Text;
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, text[c.Start..c.End]));
        Assert.All(answer.Citations, c => Assert.True(c.Quote.Length < 300));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
