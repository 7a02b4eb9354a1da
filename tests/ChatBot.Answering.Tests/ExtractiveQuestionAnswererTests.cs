using ChatBot.Answering.Extractive;
using ChatBot.Answering.Tests.Fakes;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests;

public sealed class ExtractiveQuestionAnswererTests
{
    private const string Text =
        "The harbour bridge opened in 1932 after eight years of work. It carries eight lanes of traffic.\n\n" +
        "The bridge was designed by John Bradfield. Bradfield also planned the city railway.\n\n" +
        "Painting the bridge takes a crew of sixteen painters about ten years.";

    private static readonly Article s_article = TestArticles.FromText("bridge", "The Harbour Bridge", Text);

    [Fact]
    public async Task AnswerAsync_CoveredQuestion_QuotesTheSentenceWithAMarker()
    {
        var answer = await Answerer().AnswerAsync(new Question("Who designed the harbour bridge?", []), null, CancellationToken.None);

        Assert.True(answer.Answered);
        var first = answer.Citations[0];
        Assert.Equal("The bridge was designed by John Bradfield.", first.Quote);
        Assert.Equal(first.Quote, Text[first.Start..first.End]);
        Assert.Equal(2, first.Paragraph);
        Assert.Equal("bridge", first.ArticleId);
        Assert.Contains(first.Quote + "” [1]", answer.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhenQuestion_PrefersTheSentenceWithADate()
    {
        var answer = await Answerer().AnswerAsync(new Question("When did the harbour bridge open?", []), null, CancellationToken.None);

        Assert.Contains("1932", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_QuestionWithTwoAsks_QuotesAnAnswerUnderEachPart()
    {
        var answer = await Answerer().AnswerAsync(new Question("Who designed the harbour bridge, and when did it open?", []), null, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Id));
        var sections = answer.Markdown.Split("\n\n");
        Assert.Equal(2, sections.Length);
        Assert.StartsWith("**Who designed the harbour bridge?**", sections[0], StringComparison.Ordinal);
        Assert.StartsWith("**When did it open?**", sections[1], StringComparison.Ordinal);
        Assert.Contains($"[{answer.Citations.First(c => c.Quote.Contains("John Bradfield", StringComparison.Ordinal)).Id}]", sections[0], StringComparison.Ordinal);
        Assert.Contains($"[{answer.Citations.First(c => c.Quote.Contains("1932", StringComparison.Ordinal)).Id}]", sections[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_LaterAskWithoutNames_IsSearchedInTheArticleTheFirstAnswerQuoted()
    {
        var race = TestArticles.FromText("race", "Grand Prix", "Hamilton won the race in Austin on Sunday.\n\nVettel finished second after a late pit stop.");
        var oil = TestArticles.FromText("oil", "Oil crisis", "The second oil shock came in 1979.\n\nPrices rose again.");
        var answerer = WordOverlapAnswerer.Over(new FakeKnowledgeBase(race, oil));

        var answer = await answerer.AnswerAsync(new Question("Who won the race and who came second?", []), null, CancellationToken.None);

        Assert.Contains(answer.Citations, c => c.Quote.Contains("Hamilton won", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Citations, c => c.ArticleId == "oil");
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Vettel finished second", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_UnrelatedQuestion_AbstainsWithoutCitations()
    {
        var answer = await Answerer().AnswerAsync(new Question("What is the population of Tokyo?", []), null, CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains("doesn't say", answer.Markdown, StringComparison.Ordinal);
        Assert.Contains("The Harbour Bridge", answer.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ManyGoodSentences_NeverCitesTheSameSpanTwice()
    {
        var options = new AnsweringOptions { MaxCitations = 5, SecondCitationRatio = 0 };

        var answer = await Answerer(options).AnswerAsync(new Question("What about the bridge?", []), null, CancellationToken.None);

        Assert.Equal(answer.Citations.Count, answer.Citations.Select(c => (c.Start, c.End)).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task AnswerAsync_WithDraftSink_ReportsStatusThenTheFinalText()
    {
        var sink = new RecordingDraftSink();

        var answer = await Answerer().AnswerAsync(new Question("Who designed the harbour bridge?", []), sink, CancellationToken.None);

        Assert.NotEmpty(sink.Statuses);
        Assert.Equal(answer.Markdown, sink.Drafts[^1]);
    }

    private static ExtractiveQuestionAnswerer Answerer(AnsweringOptions? options = null) => WordOverlapAnswerer.Over(new FakeKnowledgeBase(s_article), options);

    private sealed class RecordingDraftSink : IAnswerDraftSink
    {
        public List<string> Statuses { get; } = [];

        public List<string> Drafts { get; } = [];

        public ValueTask ReportStatusAsync(string status, CancellationToken cancellationToken)
        {
            Statuses.Add(status);
            return ValueTask.CompletedTask;
        }

        public ValueTask ReportDraftAsync(string textSoFar, CancellationToken cancellationToken)
        {
            Drafts.Add(textSoFar);
            return ValueTask.CompletedTask;
        }
    }
}
