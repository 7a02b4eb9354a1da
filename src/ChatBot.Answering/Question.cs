namespace ChatBot.Answering;

/// <param name="Text">What the user typed, with any @mention already removed.</param>
/// <param name="History">Earlier turns of this conversation, oldest first (a few at most).</param>
public sealed record Question(string Text, IReadOnlyList<ConversationTurn> History)
{
    /// <summary>
    /// The one article this conversation is about (a web page under an article, a pinned chat, <c>/api/ask</c>'s
    /// <c>articleId</c>), or null to search every loaded article.
    /// </summary>
    public string? ArticleId { get; init; }
}
