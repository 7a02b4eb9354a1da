namespace ChatBot.Knowledge;

/// <summary>The articles currently loaded and indexed; replaced atomically when content changes.</summary>
public interface IKnowledgeBase
{
    /// <summary>True once the first load and index build finished, so questions can be answered.</summary>
    bool IsReady { get; }

    IReadOnlyList<Article> Articles { get; }

    Article? FindArticle(string id);

    Task WaitUntilReadyAsync(CancellationToken cancellationToken);
}
