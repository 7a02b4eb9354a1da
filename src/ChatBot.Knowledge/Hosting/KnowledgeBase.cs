namespace ChatBot.Knowledge;

/// <summary>The current snapshot of the content, swapped atomically when the content changes.</summary>
internal sealed class KnowledgeBase : IKnowledgeBase
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile KnowledgeSnapshot? _current;

    public bool IsReady => _current is not null;

    public IReadOnlyList<Article> Articles => _current?.Articles ?? [];

    /// <summary>The snapshot queries should use, or null before the first build.</summary>
    public KnowledgeSnapshot? Current => _current;

    public Article? FindArticle(string id) =>
        _current is { } snapshot && snapshot.ArticlesById.TryGetValue(id, out var article) ? article : null;

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public void Publish(KnowledgeSnapshot snapshot)
    {
        _current = snapshot;
        _ready.TrySetResult();
    }
}
