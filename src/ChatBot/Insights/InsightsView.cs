namespace ChatBot.Insights;

/// <summary><c>GET /api/insights</c>: what users asked over the retention window, for the people who write the articles.</summary>
/// <param name="Since">The start of the window (now minus <c>Insights:Retention</c>).</param>
/// <param name="Days">Counts per UTC day, oldest first.</param>
/// <param name="Declined">Questions the articles did not cover, grouped when they ask the same thing, most asked first.</param>
/// <param name="Disliked">Answers with a 👎, newest first, beside their question and the quotes they gave.</param>
public sealed record InsightsView(
    DateTimeOffset Since,
    DateTimeOffset Until,
    IReadOnlyList<DayCounts> Days,
    IReadOnlyList<DeclinedGroup> Declined,
    IReadOnlyList<DislikedAnswer> Disliked);
