namespace ChatBot.Api;

/// <param name="Question">The question, 1 to 2,000 characters.</param>
/// <param name="ConversationId">Continue an earlier conversation (for follow-up questions); omit to start one.</param>
public sealed record AskRequest(string? Question, string? ConversationId);
