namespace ChatBot.State;

/// <summary>One 👍/👎 a user gave an answer (Teams' <c>message/submitAction</c> invoke with <c>actionName: feedback</c>).</summary>
/// <param name="Reaction"><c>like</c> or <c>dislike</c>, as Teams sends it.</param>
/// <param name="Comment">What the user typed in the feedback form, if anything.</param>
/// <param name="AnswerId">The id of the bot's reply the feedback is about (the invoke's <c>replyToId</c>).</param>
/// <param name="QuestionId">The id of the user's message that the reply answered, when the bot knows it.</param>
/// <param name="Question">The question as the user asked it, when the bot knows it.</param>
public sealed record FeedbackEntry(
    DateTimeOffset Timestamp,
    string Reaction,
    string? Comment,
    string ChannelId,
    string ConversationId,
    string? AnswerId,
    string? QuestionId,
    string? Question,
    string? UserId);
