namespace ChatBot.Insights;

/// <param name="Question">The question as asked; from the feedback when the answer is no longer in the insights record.</param>
/// <param name="Comment">What the user typed in Teams' feedback form, if anything.</param>
/// <param name="Quotes">The passages the answer quoted; empty when the answer is older than the record.</param>
public sealed record DislikedAnswer(DateTimeOffset Timestamp, string Channel, string? Question, string? Comment, IReadOnlyList<InsightQuote> Quotes);
