using ChatBot.Knowledge;

namespace ChatBot.Api;

/// <summary>One entry of <c>GET /api/articles</c>.</summary>
public sealed record ArticleSummary(string Id, string Title, DateOnly? Date, string? Source, int Paragraphs)
{
    public static ArticleSummary From(Article a) => new(a.Id, a.Title, a.Date, a.Source, a.Paragraphs.Count);
}
