using ChatBot.Knowledge;

namespace ChatBot.Api;

/// <summary><c>GET /api/articles/{id}</c>: the text that citation offsets index into, and where each paragraph lies in it.</summary>
public sealed record ArticleDocument(string Id, string Title, DateOnly? Date, string? Source, string Text, IReadOnlyList<ArticleParagraph> Paragraphs)
{
    public static ArticleDocument From(Article a) => new(
        a.Id,
        a.Title,
        a.Date,
        a.Source,
        a.Text,
        a.Paragraphs.Select(p => new ArticleParagraph(p.Number, p.Span.Start, p.Span.End, p.Heading)).ToArray());
}
