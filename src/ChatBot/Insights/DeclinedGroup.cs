namespace ChatBot.Insights;

/// <param name="Question">The most often asked wording of the group.</param>
/// <param name="Count">How many times any wording of it was asked.</param>
/// <param name="Wordings">Every distinct wording, most asked first.</param>
public sealed record DeclinedGroup(string Question, int Count, IReadOnlyList<string> Wordings, DateTimeOffset LastAsked);
