using ChatBot.Answering;
using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>The earlier turns of one conversation, as stored: a Bot Builder store item, so writes are
/// checked against its ETag and two instances appending at once cannot lose a turn.</summary>
public sealed class ConversationHistory : IStoreItem
{
    public string? ETag { get; set; }

    /// <summary>Oldest first, at most <see cref="StateOptions.HistoryTurns"/>.</summary>
    public List<ConversationTurn> Turns { get; set; } = [];
}
