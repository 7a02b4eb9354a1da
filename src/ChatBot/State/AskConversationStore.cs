using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// The memory of <c>/api/ask</c> conversations, kept in the same <see cref="IStorage"/> as the bot's state
/// (so a shared provider gives HTTP callers follow-ups across instances too), under its own key prefix.
/// </summary>
public sealed class AskConversationStore
{
    private const string KeyPrefix = "api/conversations/";

    private readonly IStorage _storage;

    public AskConversationStore(IStorage storage) => _storage = storage;

    public async Task<ConversationMemory> ReadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + conversationId;
        var items = await _storage.ReadAsync<ConversationMemory>([key], cancellationToken);
        return items.TryGetValue(key, out var memory) && memory is not null ? memory : new ConversationMemory();
    }

    /// <summary>Writes with the ETag read earlier, so a concurrent write to the same conversation fails instead of being lost.</summary>
    public Task WriteAsync(string conversationId, ConversationMemory memory, CancellationToken cancellationToken) =>
        _storage.WriteAsync(new Dictionary<string, object> { [KeyPrefix + conversationId] = memory }, cancellationToken);
}
