namespace ChatBot.Insights;

/// <summary>
/// One question the bot answered or declined. Deliberately holds no user or conversation id: only when, where
/// (channel), what was asked and what was quoted. <see cref="QuestionId"/> is the channel's id of the question's
/// message, which the feedback store also keeps, so a 👎 can be shown beside the quotes it judged.
/// </summary>
/// <param name="Outcome"><c>answered</c>, <c>declined</c> or <c>small_talk</c>.</param>
public sealed record InsightEvent(
    DateTimeOffset Timestamp,
    string Outcome,
    string Channel,
    string? QuestionId,
    string Question,
    IReadOnlyList<InsightQuote> Quotes);
