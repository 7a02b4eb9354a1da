using ChatBot.Answering;

namespace ChatBot.Api;

/// <param name="Answered">False when the articles do not say (then there are no citations).</param>
/// <param name="Answer">Markdown with [1] [2] markers that match <see cref="Citations"/>.</param>
/// <param name="ConversationId">Send it back with the next question to ask a follow-up.</param>
/// <param name="FollowUps">Questions the articles can answer next.</param>
public sealed record AskResponse(
    bool Answered,
    string Answer,
    string ConversationId,
    IReadOnlyList<AskCitation> Citations,
    IReadOnlyList<string> FollowUps)
{
    public static AskResponse From(Answer answer, string conversationId) => new(
        answer.Answered,
        answer.Markdown,
        conversationId,
        answer.Citations.Select(AskCitation.From).ToArray(),
        answer.FollowUps);
}
