using ChatBot.Answering.Extractive;
using ChatBot.Answering.Suggestions;
using ChatBot.Answering.Tests.Fakes;
using ChatBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Tests;

/// <summary>
/// Over an archive larger than <see cref="QuestionSuggester.ArticlesCheckedAhead"/>, a turn checks the suggestions of
/// the article it cites, once, and never those of articles nobody asked about.
/// </summary>
public sealed class LargeArchiveSuggestionCheckTests
{
    [Fact]
    public async Task AnswerAsync_LargeArchive_ChecksOnlyTheCitedArticleAndOnlyOnce()
    {
        var knowledgeBase = new FakeKnowledgeBase(Bridges());
        var retriever = new CountingRetriever(new WordOverlapRetriever(knowledgeBase));
        var answerer = new ExtractiveQuestionAnswerer(knowledgeBase, retriever, retriever.Similarity, retriever.Paraphrases, retriever.Words, Options.Create(new AnsweringOptions()), NullLogger<ExtractiveQuestionAnswerer>.Instance);

        var first = await answerer.AnswerAsync(new Question("Who designed the Kelso Bridge?", []), null, CancellationToken.None);
        var afterFirst = retriever.Queries.ToList();
        retriever.Queries.Clear();
        var second = await answerer.AnswerAsync(new Question("When did the Kelso Bridge open?", []), null, CancellationToken.None);

        Assert.Equal("bridge-7", first.Citations[0].ArticleId);
        Assert.Equal("bridge-7", second.Citations[0].ArticleId);
        // The first turn asks its own question and the Kelso article's candidate suggestions, nothing about the other 29.
        var others = s_towns.Where(t => t != "Kelso").Concat(s_engineers.Where(e => e != s_engineers[7])).ToList();
        Assert.All(afterFirst, q => Assert.DoesNotContain(others, o => q.Contains(o, StringComparison.Ordinal)));
        Assert.True(afterFirst.Count > 1, "the cited article's suggestions were not checked: " + string.Join(" / ", first.FollowUps) + " // " + string.Join(" / ", afterFirst));
        // bridge-7 is checked by now: the second turn asks only its own question.
        Assert.Single(retriever.Queries);
    }

    [Fact]
    public async Task AnswerAsync_DeclinedOverLargeArchive_SuggestsQuestionsAboutTheNewestArticles()
    {
        // Article i is dated i days after the first: the newest are the last ones.
        var articles = Bridges().Select((a, i) => a with { Date = new DateOnly(2022, 1, 1).AddDays(i) }).ToArray();
        var answerer = WordOverlapAnswerer.Over(new FakeKnowledgeBase(articles));

        var answer = await answerer.AnswerAsync(new Question("What is the population of Tokyo?", []), null, CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.NotEmpty(answer.FollowUps);
        var newest = s_towns.Concat(s_engineers).Where((_, i) => i % s_towns.Length >= 10).ToList();
        Assert.All(answer.FollowUps, f => Assert.Contains(newest, n => f.Contains(n, StringComparison.Ordinal)));
    }

    /// <summary>One article per town, more than <see cref="QuestionSuggester.ArticlesCheckedAhead"/>, each naming its engineer.</summary>
    private static Article[] Bridges() => s_towns.Take(QuestionSuggester.ArticlesCheckedAhead + 10)
        .Select((town, i) => TestArticles.FromText(
            $"bridge-{i}",
            $"The {town} Bridge",
            $"The {town} Bridge was designed by the engineer John {s_engineers[i]}. It opened in {1900 + i} after {i + 2} years of work.\n\n" +
            $"John {s_engineers[i]} said the {town} railway would follow within a decade, Mr {s_engineers[i]} told reporters."))
        .ToArray();

    private static readonly string[] s_towns =
    [
        "Alnwick", "Bamburgh", "Carlisle", "Durham", "Exeter", "Falmouth", "Glossop", "Kelso", "Hexham", "Ilkley",
        "Jarrow", "Keswick", "Ludlow", "Morpeth", "Newark", "Oakham", "Penrith", "Quorn", "Ripon", "Selby",
        "Thirsk", "Ulverston", "Ventnor", "Whitby", "Yarm", "Zennor", "Alston", "Bude", "Corbridge", "Dorking",
    ];

    private static readonly string[] s_engineers =
    [
        "Abbott", "Barlow", "Carver", "Dalton", "Elliot", "Fowler", "Garner", "Hadley", "Irwin", "Jarvis",
        "Keller", "Lawson", "Marsh", "Norris", "Osborne", "Porter", "Quinn", "Rowley", "Sutton", "Tanner",
        "Upton", "Vance", "Walker", "Yates", "Ziegler", "Ashby", "Brent", "Coley", "Drury", "Eaton",
    ];

    private sealed class CountingRetriever(WordOverlapRetriever inner) : IPassageRetriever
    {
        public List<string> Queries { get; } = [];

        public ISentenceSimilarity Similarity => inner;

        public IParaphraseSimilarity Paraphrases => inner;

        public IWordSimilarity Words => inner;

        public Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalQuery query, CancellationToken cancellationToken)
        {
            lock (Queries)
            {
                Queries.Add(query.Text);
            }

            return inner.RetrieveAsync(query, cancellationToken);
        }
    }
}
