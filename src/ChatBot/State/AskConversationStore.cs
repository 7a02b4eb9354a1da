using ChatBot.Answering;
using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// The memory of <c>/api/ask</c> conversations, kept in the same <see cref="IStorage"/> as the bot's state
/// (so a shared provider gives HTTP callers follow-ups across instances too), under its own key prefix.
/// </summary>
public sealed partial class AskConversationStore
{
    private const string KeyPrefix = "api/conversations/";
    private const int MaxAttempts = 8;

    private readonly IStorage _storage;
    private readonly ILogger<AskConversationStore> _logger;

    public AskConversationStore(IStorage storage, ILogger<AskConversationStore> logger)
    {
        _storage = storage;
        _logger = logger;
    }

    /// <summary>The conversation so far; empty when it is new, expired, or the store is unreachable.</summary>
    public async Task<ConversationMemory> ReadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + conversationId;
        var items = await _storage.ReadAsync<ConversationMemory>([key], cancellationToken);
        return items.TryGetValue(key, out var memory) && memory is not null ? memory : new ConversationMemory();
    }

    /// <summary>Writes with the ETag read earlier, so a concurrent write to the same conversation fails instead of being lost.</summary>
    public Task WriteAsync(string conversationId, ConversationMemory memory, CancellationToken cancellationToken) =>
        _storage.WriteAsync(new Dictionary<string, object> { [KeyPrefix + conversationId] = memory }, cancellationToken);

    /// <summary>Adds a turn to the conversation, keeping the newest <paramref name="maxTurns"/>. When another instance
    /// wrote the conversation since <paramref name="memory"/> was read (ETag conflict), reads it again and re-applies
    /// the turn, so no turn is lost. Returns false only if it kept losing the race (logged).</summary>
    public async Task<bool> AppendAsync(
        string conversationId, ConversationMemory memory, ConversationTurn turn, int maxTurns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memory);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            memory.Remember(turn, maxTurns);
            try
            {
                await WriteAsync(conversationId, memory, cancellationToken);
                return true;
            }
            catch (Exception ex) when (ETagConflicts.IsConflict(ex))
            {
                LogConflict(_logger, conversationId, attempt);
                // A short random pause, so two racing instances fall out of step, then work on fresh state.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
                memory = await ReadAsync(conversationId, cancellationToken);
            }
        }

        LogGaveUp(_logger, conversationId, MaxAttempts);
        return false;
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug,
        Message = "Conversation {ConversationId} was written concurrently (attempt {Attempt}); retrying on fresh state")]
    private static partial void LogConflict(ILogger logger, string conversationId, int attempt);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning,
        Message = "Gave up remembering a turn of {ConversationId} after {Attempts} conflicting writes")]
    private static partial void LogGaveUp(ILogger logger, string conversationId, int attempts);
}
