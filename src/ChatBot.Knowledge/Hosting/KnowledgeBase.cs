namespace ChatBot.Knowledge;

/// <summary>The current snapshot of the content, swapped atomically when the content changes.</summary>
internal sealed class KnowledgeBase : IKnowledgeBase
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile KnowledgeSnapshot? _current;

    public bool IsReady => _current is not null;

    public IReadOnlyList<Article> Articles => _current?.Articles ?? [];

    /// <summary>The snapshot queries should use, or null before the first build.</summary>
    public KnowledgeSnapshot? Current => _current;

    /// <summary>The rate of the embedding in progress (<see cref="SnapshotEmbedder"/> starts it).</summary>
    public EmbeddingRate Rate { get; } = new();

    /// <summary>Questions being answered, which the background embedder makes room for (<see cref="SnapshotEmbedder"/>).</summary>
    public QuestionsInFlight Questions { get; } = new(SnapshotEmbedder.BackgroundCalls);

    public IDisposable AnsweringQuestion() => Questions.Question();

    public IndexingProgress Progress => _current is { } snapshot ? Measure(snapshot) : new IndexingProgress(false, 0, 0, 0, 0);

    public Article? FindArticle(string id) =>
        _current is { } snapshot && snapshot.ArticlesById.TryGetValue(id, out var article) ? article : null;

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public Task WaitUntilCompleteAsync(CancellationToken cancellationToken) => _complete.Task.WaitAsync(cancellationToken);

    public void Publish(KnowledgeSnapshot snapshot)
    {
        _current = snapshot;
        _ready.TrySetResult();
        if (snapshot.IsComplete)
        {
            _complete.TrySetResult();
        }
    }

    private IndexingProgress Measure(KnowledgeSnapshot snapshot)
    {
        var sentences = snapshot.SentenceVectors.Count;
        var embedded = snapshot.SentenceVectors.PresentCount;
        if (embedded == sentences)
        {
            return new IndexingProgress(true, snapshot.Articles.Count, snapshot.Articles.Count, sentences, embedded);
        }

        // An article is embedded when all its paragraphs are; passages are grouped by article in the snapshot.
        var articlesEmbedded = 0;
        var passages = snapshot.Passages;
        for (var p = 0; p < passages.Count;)
        {
            var article = passages[p].Article;
            var complete = true;
            for (; p < passages.Count && ReferenceEquals(passages[p].Article, article); p++)
            {
                complete &= snapshot.PassageVectors.Has(p);
            }

            articlesEmbedded += complete ? 1 : 0;
        }

        var (perSecond, remaining) = Rate.Estimate(embedded, sentences - embedded);
        return new IndexingProgress(false, snapshot.Articles.Count, articlesEmbedded, sentences, embedded, perSecond, remaining);
    }
}
