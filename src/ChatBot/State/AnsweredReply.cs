namespace ChatBot.State;

/// <summary>The id of a reply the bot sent and the question it answered (and that question's activity id, when known).</summary>
public sealed record AnsweredReply(string ReplyId, string Question, string? QuestionId = null);
