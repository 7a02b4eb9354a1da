using ChatBot.Answering;
using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// What the bot and <c>/api/ask</c> remember of one conversation: the last few turns (for follow-up questions)
/// and which reply answered which question (so Teams feedback can be logged with its question).
/// Stored through Bot Builder's <see cref="IStorage"/>, so any provider (memory, Redis) can hold it.
/// </summary>
public sealed class ConversationMemory : IStoreItem
{
    public List<ConversationTurn> Turns { get; set; } = [];

    public List<AnsweredReply> Replies { get; set; } = [];

    /// <summary>The article this conversation is pinned to (searched alone), or null for every loaded article.</summary>
    public string? ArticleId { get; set; }

    /// <summary>Optimistic concurrency token set by the storage. Null (never stored) writes only if nothing is stored
    /// yet, so two first turns cannot both win; <c>*</c> writes unconditionally.</summary>
    public string? ETag { get; set; }

    public void Remember(ConversationTurn turn, int maxTurns)
    {
        // Stored as plain lists: storage providers serialize by runtime type, and the answerer may hand over any IReadOnlyList.
        Turns.Add(turn with { Citations = turn.Citations.ToList() });
        Trim(Turns, maxTurns);
    }

    public void RememberReply(string? replyId, string question, int maxReplies, string? questionId = null)
    {
        if (string.IsNullOrEmpty(replyId))
        {
            return;
        }

        Replies.Add(new AnsweredReply(replyId, question, questionId));
        Trim(Replies, maxReplies);
    }

    public string? FindQuestion(string? replyId) => FindReply(replyId)?.Question;

    /// <summary>The reply with this id and the question it answered, if still remembered.</summary>
    public AnsweredReply? FindReply(string? replyId) =>
        string.IsNullOrEmpty(replyId) ? null : Replies.LastOrDefault(r => r.ReplyId == replyId);

    private static void Trim<T>(List<T> items, int max)
    {
        if (items.Count > max)
        {
            items.RemoveRange(0, items.Count - max);
        }
    }
}
