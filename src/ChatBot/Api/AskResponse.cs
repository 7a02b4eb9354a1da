using ChatBot.Answering;

namespace ChatBot.Api;

/// <param name="Answered">False when the articles do not say (then there are no citations).</param>
/// <param name="Answer">Markdown with [1] [2] markers that match <see cref="Citations"/>.</param>
/// <param name="ConversationId">Send it back with the next question to ask a follow-up.</param>
/// <param name="FollowUps">Questions the articles can answer next.</param>
/// <param name="ResolvedQuestion">The question as the bot understood it with the conversation so far (a follow-up's references spelled out).</param>
/// <param name="ArticleId">The article the conversation is scoped to, or null when every article is searched.</param>
public sealed record AskResponse(
    bool Answered,
    string Answer,
    string ConversationId,
    IReadOnlyList<AskCitation> Citations,
    IReadOnlyList<string> FollowUps,
    string ResolvedQuestion,
    string? ArticleId)
{
    public static AskResponse From(Answer answer, string conversationId, string? articleId) => new(
        answer.Answered,
        answer.Markdown,
        conversationId,
        answer.Citations.Select(AskCitation.From).ToArray(),
        answer.FollowUps,
        answer.StandaloneQuestion,
        articleId);
}
