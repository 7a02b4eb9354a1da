namespace ChatBot.WebChat.Tests;

/// <summary>What <c>POST /api/ask</c> returned to the page, read off the network by the test.</summary>
public sealed record AskResponse(
    bool Answered,
    string Answer,
    string ConversationId,
    IReadOnlyList<AskCitation> Citations,
    IReadOnlyList<string>? FollowUps,
    string? ResolvedQuestion = null,
    string? ArticleId = null,
    string? Kind = null);
