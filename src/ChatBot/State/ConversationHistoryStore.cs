using ChatBot.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ChatBot.State;

/// <summary>Follow-up memory shared by the bot and <c>/api/ask</c>: the last few turns of a conversation, kept in
/// the configured <see cref="IStorage"/> so any instance can continue a conversation another one started.
/// Appends are read-modify-write under the item's ETag and retried on conflict, so no turn is lost.</summary>
public sealed partial class ConversationHistoryStore(
    IStorage storage, IOptions<StateOptions> options, ILogger<ConversationHistoryStore> logger)
{
    private const int MaxAttempts = 8;

    private readonly int _maxTurns = options.Value.HistoryTurns;

    /// <summary>The storage key of a bot conversation (kept apart from Bot Builder's own conversation state).</summary>
    public static string KeyFor(string channelId, string conversationId) =>
        $"{channelId}/conversations/{conversationId}/history";

    /// <summary>Earlier turns, oldest first; empty for a new conversation or while the store is unreachable.</summary>
    public async Task<IReadOnlyList<ConversationTurn>> GetTurnsAsync(string key, CancellationToken cancellationToken)
    {
        var history = await ReadAsync(key, cancellationToken);
        return history?.Turns ?? [];
    }

    /// <summary>Adds a turn, keeping the newest <see cref="StateOptions.HistoryTurns"/>; retries when another
    /// writer got there first. Returns false only when it kept losing the race (logged).</summary>
    public async Task<bool> AppendAsync(string key, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var history = await ReadAsync(key, cancellationToken) ?? new ConversationHistory();
            // A plain List, whatever the caller built: type names are stored, and a compiler-made collection
            // (from [..] or a LINQ iterator) cannot be created again when the turn is read back.
            history.Turns.Add(turn with { Citations = turn.Citations.ToList() });
            if (history.Turns.Count > _maxTurns)
            {
                history.Turns.RemoveRange(0, history.Turns.Count - _maxTurns);
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = history }, cancellationToken);
                return true;
            }
            catch (Exception ex) when (IsETagConflict(ex))
            {
                LogConflict(logger, key, attempt);
                // Back off a little (randomised, so two racing instances fall out of step) before reading again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10 * attempt)), cancellationToken);
            }
        }

        LogGaveUp(logger, key, MaxAttempts);
        return false;
    }

    /// <summary>Forgets the conversation (the user said "reset").</summary>
    public Task ForgetAsync(string key, CancellationToken cancellationToken) =>
        storage.DeleteAsync([key], cancellationToken);

    // Bot Builder's MemoryStorage signals a conflict with a plain Exception whose message starts "Etag conflict";
    // RedisStorage throws the typed ETagConflictException. Both mean: read again and retry.
    private static bool IsETagConflict(Exception ex) =>
        ex is ETagConflictException
        || (ex.GetType() == typeof(Exception) && ex.Message.StartsWith("Etag conflict", StringComparison.Ordinal));

    private async Task<ConversationHistory?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var items = await storage.ReadAsync([key], cancellationToken);
        // Both providers hand back the type that was written; a JObject would come from a store without type names.
        return items.TryGetValue(key, out var value) ? value switch
        {
            ConversationHistory history => history,
            JObject json => json.ToObject<ConversationHistory>(),
            _ => null,
        } : null;
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug,
        Message = "Conversation {Key} changed while appending (attempt {Attempt}); reading it again")]
    private static partial void LogConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning,
        Message = "Gave up appending a turn to {Key} after {Attempts} conflicting writes")]
    private static partial void LogGaveUp(ILogger logger, string key, int attempts);
}
