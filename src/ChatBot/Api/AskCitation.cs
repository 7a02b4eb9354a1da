using ChatBot.Answering;

namespace ChatBot.Api;

/// <summary>An exact quote of an article: <c>text[start..end] == quote</c> in <c>GET /api/articles/{article}</c>.</summary>
/// <param name="Id">The number of the [n] marker in the answer.</param>
/// <param name="Paragraph">1-based paragraph number within the article.</param>
public sealed record AskCitation(int Id, string Article, string Title, int Paragraph, string Quote, int Start, int End, double Score)
{
    public static AskCitation From(Citation c) => new(c.Id, c.ArticleId, c.Title, c.Paragraph, c.Quote, c.Start, c.End, c.Score);
}
