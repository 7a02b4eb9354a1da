using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// Conversation memories in the configured <see cref="IStorage"/>, written with the ETag they were read with, so
/// two turns of one conversation on two instances never silently overwrite each other: the loser reads the memory
/// again and re-applies its change. Used by the bot (key per channel and conversation) and by <c>/api/ask</c>.
/// </summary>
public sealed partial class ConversationMemoryStore
{
    private const int MaxAttempts = 8;

    private readonly IStorage _storage;
    private readonly ILogger<ConversationMemoryStore> _logger;

    public ConversationMemoryStore(IStorage storage, ILogger<ConversationMemoryStore> logger)
    {
        _storage = storage;
        _logger = logger;
    }

    /// <summary>Where the bot keeps a chat's memory: one key per channel and conversation.</summary>
    public static string BotKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"bot/{activity.ChannelId}/conversations/{activity.Conversation?.Id}";
    }

    /// <summary>The conversation so far; empty when it is new, expired, or the store is unreachable.</summary>
    public async Task<ConversationMemory> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await _storage.ReadAsync<ConversationMemory>([key], cancellationToken);
        return items.TryGetValue(key, out var memory) && memory is not null ? memory : new ConversationMemory();
    }

    /// <summary>The conversation so far, read within <paramref name="budget"/>; empty (logged) when the budget is spent.</summary>
    public async Task<ConversationMemory> ReadAsync(string key, StateBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ConversationMemory? memory = null;
        if (!await budget.TryRunAsync(async token => memory = await ReadAsync(key, token), cancellationToken))
        {
            LogBudgetSpent(_logger, key, "read");
        }

        return memory ?? new ConversationMemory();
    }

    /// <summary><see cref="UpdateAsync(string, ConversationMemory, Action{ConversationMemory}, CancellationToken)"/>
    /// within <paramref name="budget"/>; false (logged, the turn not remembered) when the budget is spent.</summary>
    public async Task<bool> UpdateAsync(
        string key, ConversationMemory memory, Action<ConversationMemory> change, StateBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var written = false;
        if (!await budget.TryRunAsync(async token => written = await UpdateAsync(key, memory, change, token), cancellationToken))
        {
            LogBudgetSpent(_logger, key, "write");
        }

        return written;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => _storage.DeleteAsync([key], cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="memory"/> and writes it. When someone wrote the
    /// conversation since <paramref name="memory"/> was read (ETag conflict), reads it again and re-applies the
    /// change, so no turn is lost. Returns false only if it kept losing the race (logged).
    /// </summary>
    public async Task<bool> UpdateAsync(string key, ConversationMemory memory, Action<ConversationMemory> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            change(memory);
            try
            {
                // Written with the ETag it was read with: a concurrent write to the conversation fails instead of being lost.
                await _storage.WriteAsync(new Dictionary<string, object> { [key] = memory }, cancellationToken);
                return true;
            }
            catch (Exception ex) when (ETagConflicts.IsConflict(ex))
            {
                LogConflict(_logger, key, attempt);
                // A short random pause, so two racing instances fall out of step, then work on fresh state.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
                memory = await ReadAsync(key, cancellationToken);
            }
        }

        LogGaveUp(_logger, key, MaxAttempts);
        return false;
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug,
        Message = "Conversation {Key} was written concurrently (attempt {Attempt}); retrying on fresh state")]
    private static partial void LogConflict(ILogger logger, string key, int attempt);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning,
        Message = "Gave up remembering a turn of {Key} after {Attempts} conflicting writes")]
    private static partial void LogGaveUp(ILogger logger, string key, int attempts);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Warning,
        Message = "State time budget spent before the {Operation} of {Key} (State:TurnBudget); answering without it")]
    private static partial void LogBudgetSpent(ILogger logger, string key, string operation);
}
