namespace ChatBot.Knowledge;

/// <summary>The articles currently loaded and indexed; replaced atomically when content changes.</summary>
public interface IKnowledgeBase
{
    /// <summary>True once the articles are loaded and lexically indexed, so questions can be answered (embedding may go on).</summary>
    bool IsReady { get; }

    /// <summary>
    /// How far indexing is. The default suits a knowledge base built in one step: complete once ready.
    /// </summary>
    IndexingProgress Progress => new(IsReady, Articles.Count, IsReady ? Articles.Count : 0, 0, 0);

    IReadOnlyList<Article> Articles { get; }

    Article? FindArticle(string id);

    Task WaitUntilReadyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Marks a question being answered until the result is disposed: meanwhile background indexing leaves it a core
    /// (the first answers after a start are not slowed by every embedding thread). The default does nothing.
    /// </summary>
    IDisposable AnsweringQuestion() => NoBackgroundWork.Instance;

    /// <summary>Waits until every sentence is embedded (retrieval fully hybrid). The default: same as ready.</summary>
    Task WaitUntilCompleteAsync(CancellationToken cancellationToken) => WaitUntilReadyAsync(cancellationToken);
}

/// <summary>The <see cref="IKnowledgeBase.AnsweringQuestion"/> of a knowledge base with nothing in the background.</summary>
file sealed class NoBackgroundWork : IDisposable
{
    public static readonly NoBackgroundWork Instance = new();

    public void Dispose()
    {
    }
}
