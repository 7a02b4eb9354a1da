namespace ChatBot.Api;

/// <param name="Question">The question, 1 to 2,000 characters.</param>
/// <param name="ConversationId">Continue an earlier conversation (for follow-up questions); omit to start one.</param>
/// <param name="ArticleId">
/// Search only this article (an id from <c>GET /api/articles</c>), for this and the conversation's later questions;
/// omit to keep the conversation's scope (every article, unless an earlier request set one).
/// </param>
public sealed record AskRequest(string? Question, string? ConversationId, string? ArticleId = null);
