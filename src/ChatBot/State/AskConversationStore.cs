using ChatBot.Answering;

namespace ChatBot.State;

/// <summary>
/// The memory of <c>/api/ask</c> conversations, kept in the same store as the bot's (so a shared provider gives
/// HTTP callers follow-ups across instances too), under its own key prefix.
/// </summary>
public sealed class AskConversationStore(ConversationMemoryStore store)
{
    private const string KeyPrefix = "api/conversations/";

    /// <summary>The conversation so far; empty when it is new, expired, or the store is unreachable.</summary>
    public Task<ConversationMemory> ReadAsync(string conversationId, CancellationToken cancellationToken) =>
        store.ReadAsync(KeyPrefix + conversationId, cancellationToken);

    /// <summary>Forgets the conversation (<c>reset</c> over <c>/api/ask</c>).</summary>
    public Task DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        store.DeleteAsync(KeyPrefix + conversationId, cancellationToken);

    /// <summary>Adds a turn to the conversation, keeping the newest <paramref name="maxTurns"/> and its scope.</summary>
    public Task<bool> AppendAsync(
        string conversationId, ConversationMemory memory, ConversationTurn turn, int maxTurns, CancellationToken cancellationToken) =>
        store.UpdateAsync(KeyPrefix + conversationId, memory, m => m.Remember(turn, maxTurns), cancellationToken);

    /// <inheritdoc cref="ReadAsync(string, CancellationToken)"/>
    public Task<ConversationMemory> ReadAsync(string conversationId, StateBudget budget, CancellationToken cancellationToken) =>
        store.ReadAsync(KeyPrefix + conversationId, budget, cancellationToken);

    /// <inheritdoc cref="AppendAsync(string, ConversationMemory, ConversationTurn, int, CancellationToken)"/>
    public Task<bool> AppendAsync(
        string conversationId, ConversationMemory memory, ConversationTurn turn, int maxTurns, StateBudget budget, CancellationToken cancellationToken) =>
        store.UpdateAsync(KeyPrefix + conversationId, memory, m => m.Remember(turn, maxTurns), budget, cancellationToken);

    /// <summary>Adds a turn to the conversation, keeping the newest <paramref name="maxTurns"/>, and the article it is
    /// scoped to; re-applied on fresh state if another instance wrote the conversation meanwhile (see
    /// <see cref="ConversationMemoryStore.UpdateAsync"/>).</summary>
    public Task<bool> AppendAsync(
        string conversationId, ConversationMemory memory, ConversationTurn turn, int maxTurns, string? articleId, StateBudget budget, CancellationToken cancellationToken) =>
        store.UpdateAsync(KeyPrefix + conversationId, memory, m =>
        {
            m.ArticleId = articleId;
            m.Remember(turn, maxTurns);
        }, budget, cancellationToken);
}
