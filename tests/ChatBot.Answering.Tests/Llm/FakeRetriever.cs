using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>Returns what the test decides for each query (by default the article's paragraphs in order) and records the queries.</summary>
internal sealed class FakeRetriever(Func<RetrievalQuery, int, IReadOnlyList<RetrievedPassage>> retrieve) : IPassageRetriever
{
    private readonly List<RetrievalQuery> _queries = [];

    public IReadOnlyList<RetrievalQuery> Queries => _queries;

    public static FakeRetriever InOrder(Article article) =>
        new((query, _) => [.. article.Paragraphs.Take(query.MaxPassages).Select(p => TestArticles.Passage(article, p.Number))]);

    public Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalQuery query, CancellationToken cancellationToken)
    {
        lock (_queries)
        {
            _queries.Add(query);
            return Task.FromResult(retrieve(query, _queries.Count - 1));
        }
    }
}
