namespace ChatBot.Knowledge;

/// <summary>Why the content folder cannot be indexed right now, and since when.</summary>
public sealed record ContentProblem(string Reason, DateTimeOffset Since);
