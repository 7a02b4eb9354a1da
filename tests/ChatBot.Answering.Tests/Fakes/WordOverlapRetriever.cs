using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.Fakes;

/// <summary>
/// A stand-in retriever for unit tests: ranks paragraphs and sentences by the share of the question's words they
/// contain (lexical and "semantic" alike), so tests control the evidence through the text they write. Sentence
/// similarity and paraphrase similarity are the same share; words are close only to themselves.
/// </summary>
public sealed class WordOverlapRetriever(IKnowledgeBase knowledgeBase) : IPassageRetriever, ISentenceSimilarity, IParaphraseSimilarity, IWordSimilarity
{
    public Task<IReadOnlyList<float[]>> CompareAsync(IReadOnlyList<string> words, IReadOnlyList<string> others, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>>(words.Select(w => others.Select(o => string.Equals(w, o, StringComparison.OrdinalIgnoreCase) ? 1f : 0f).ToArray()).ToList());

    public Task<IReadOnlyList<double>> ScoreAsync(string question, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var words = Words(question);
        return Task.FromResult<IReadOnlyList<double>>(sentences.Select(s => Share(words, s)).ToList());
    }

    public Task PrepareAsync(IReadOnlyList<string> queries, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<double?>> ScoreAsync(string query, IReadOnlyList<SentenceReference> sentences, CancellationToken cancellationToken)
    {
        var words = Words(query);
        return Task.FromResult<IReadOnlyList<double?>>(sentences
            .Select(s => knowledgeBase.FindArticle(s.ArticleId) is { } article ? Share(words, article.Slice(s.Span)) : (double?)null)
            .ToList());
    }

    public Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalQuery query, CancellationToken cancellationToken)
    {
        var words = Words(query.Text);
        var passages = knowledgeBase.Articles
            .Where(a => query.ArticleId is null || a.Id == query.ArticleId)
            .SelectMany(a => a.Paragraphs.Select(p => (Article: a, Paragraph: p)))
            .Select(x =>
            {
                var sentences = x.Paragraph.Sentences
                    .Select(s => { var share = Share(words, x.Article.Slice(s)); return new ScoredSentence(s, share, share, share); })
                    .OrderByDescending(s => s.Score)
                    .ToList();
                return new RetrievedPassage(x.Article, x.Paragraph, Share(words, x.Article.Slice(x.Paragraph.Span)), sentences);
            })
            .OrderByDescending(p => p.Score)
            .Take(query.MaxPassages)
            .ToList();
        return Task.FromResult<IReadOnlyList<RetrievedPassage>>(passages);
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToHashSet();

    private static double Share(HashSet<string> question, string text) =>
        question.Count == 0 ? 0 : question.Count(Words(text).Contains) / (double)question.Count;
}
