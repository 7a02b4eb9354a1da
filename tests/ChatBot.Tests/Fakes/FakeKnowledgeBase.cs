using ChatBot.Knowledge;

namespace ChatBot.Tests.Fakes;

/// <summary>An in-memory knowledge base that becomes ready when the test says so.</summary>
public sealed class FakeKnowledgeBase : IKnowledgeBase
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeKnowledgeBase(IReadOnlyList<Article> articles, bool ready = true)
    {
        Articles = articles;
        Progress = new IndexingProgress(true, articles.Count, articles.Count, 0, 0);
        if (ready)
        {
            MarkReady();
        }
    }

    public bool IsReady => _ready.Task.IsCompleted;

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Complete unless a test says the articles are still being embedded.</summary>
    public IndexingProgress Progress { get; set; }

    public Article? FindArticle(string id) => Articles.FirstOrDefault(a => a.Id == id);

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public void MarkReady() => _ready.TrySetResult();
}
