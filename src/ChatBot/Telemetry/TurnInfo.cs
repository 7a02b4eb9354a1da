namespace ChatBot.Telemetry;

/// <summary>The turn an async flow serves.</summary>
/// <param name="QuestionId">The channel's id of the user's message; null over /api/ask.</param>
public sealed record TurnInfo(string Channel, string? QuestionId);
