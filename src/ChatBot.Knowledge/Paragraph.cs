namespace ChatBot.Knowledge;

/// <summary>A passage of an article: a paragraph, its heading (if any) and its sentences.</summary>
/// <param name="Number">1-based position among the article's paragraphs (headings are not paragraphs).</param>
public sealed record Paragraph(
    string ArticleId,
    int Number,
    TextSpan Span,
    string? Heading,
    IReadOnlyList<TextSpan> Sentences)
{
    /// <summary>Stable id used in citations and caches: article id and paragraph number.</summary>
    public string Id => $"{ArticleId}#{Number}";
}
