using System.Text.Json;
using ChatBot.Answering;
using ChatBot.Bot;

namespace ChatBot.Api;

/// <param name="Answered">False when the articles do not say (then there are no citations).</param>
/// <param name="Answer">Markdown with [1] [2] markers that match <see cref="Citations"/>.</param>
/// <param name="ConversationId">Send it back with the next question to ask a follow-up.</param>
/// <param name="FollowUps">Questions the articles can answer next.</param>
/// <param name="ResolvedQuestion">The question as the bot understood it with the conversation so far (a follow-up's references spelled out).</param>
/// <param name="ArticleId">The article the conversation is scoped to, or null when every article is searched.</param>
/// <remarks>
/// <see cref="Kind"/> tells a client how to show the reply: <c>answered</c>, <c>notCovered</c> (the only kind a
/// "not in the article" badge belongs to), <c>leftOpen</c>, <c>smallTalk</c>, <c>otherLanguage</c>, <c>unclear</c> (nothing to search for: the reply asks
/// for the whole question), <c>help</c>, <c>reset</c>.
/// </remarks>
public sealed record AskResponse(
    bool Answered,
    string Answer,
    string ConversationId,
    IReadOnlyList<AskCitation> Citations,
    IReadOnlyList<string> FollowUps,
    string ResolvedQuestion,
    string? ArticleId)
{
    public string Kind { get; init; } = Answered ? "answered" : "notCovered";

    public static AskResponse From(Answer answer, string conversationId, string? articleId) => new(
        answer.Answered,
        answer.Markdown,
        conversationId,
        answer.Citations.Select(AskCitation.From).ToArray(),
        answer.FollowUps,
        answer.StandaloneQuestion,
        articleId)
    {
        Kind = JsonNamingPolicy.CamelCase.ConvertName(answer.Kind.ToString()),
    };

    /// <summary>The bot's reply to a control word (<c>help</c>, <c>reset</c>): no citations, nothing to follow up.</summary>
    public static AskResponse Control(string markdown, string conversationId, ControlWord word, string question) =>
        new(false, markdown, conversationId, [], [], question, null) { Kind = JsonNamingPolicy.CamelCase.ConvertName(word.ToString()) };
}
