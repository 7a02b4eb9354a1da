namespace ChatBot.State;

/// <summary>The id of a reply the bot sent and the question it answered.</summary>
public sealed record AnsweredReply(string ReplyId, string Question);
