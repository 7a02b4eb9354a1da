namespace ChatBot.Bot;

/// <summary>The bot's hot-path log messages. User text is logged only at Debug.</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Answered in {ConversationId} on {ChannelId}: answered={Answered}, {CitationCount} citations, {HistoryTurns} earlier turns, {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string? conversationId, string? channelId, bool answered, int citationCount, int historyTurns, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Question in {ConversationId}: {Question}")]
    public static partial void Question(ILogger logger, string? conversationId, string question);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Conversation {ConversationId} reset by the user")]
    public static partial void Reset(ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning,
        Message = "Articles not ready after {TimeoutSeconds} s; told the user in {ConversationId} to ask again")]
    public static partial void NotReady(ILogger logger, string? conversationId, int timeoutSeconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning,
        Message = "Teams streaming stopped in {ConversationId} at update {StreamSequence}; the final message is still sent")]
    public static partial void StreamingStopped(ILogger logger, string? conversationId, int streamSequence, Exception exception);

    // Feedback is text the user sends precisely so that it is recorded, so it is logged at Information with the
    // question it rates; it is also kept in the feedback store (GET /api/feedback).
    [LoggerMessage(EventId = 105, Level = LogLevel.Information,
        Message = "Feedback {Reaction} in {ConversationId} on reply {ReplyId} to question {Question}: {FeedbackText}")]
    public static partial void Feedback(ILogger logger, string reaction, string? conversationId, string? replyId, string question, string feedbackText);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error,
        Message = "Turn failed in {ConversationId} on {ChannelId} ({ActivityType}); a failed message is apologised for and its conversation memory cleared")]
    public static partial void TurnFailed(ILogger logger, string? conversationId, string? channelId, string? activityType, Exception exception);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning,
        Message = "Could not apologise or clear state in {ConversationId} after a failed turn")]
    public static partial void RecoveryFailed(ILogger logger, string? conversationId, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Refused a feedback invoke in {ConversationId} with 400: {Problem}")]
    public static partial void FeedbackRefused(ILogger logger, string? conversationId, string problem);

    [LoggerMessage(EventId = 109, Level = LogLevel.Information, Message = "Conversation {ConversationId} pinned to article {ArticleId} (null: every article)")]
    public static partial void Pinned(ILogger logger, string? conversationId, string? articleId);
}
