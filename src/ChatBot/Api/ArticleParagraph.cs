namespace ChatBot.Api;

/// <summary>A paragraph of an article: <c>text[start..end]</c>, numbered from 1 as in citations.</summary>
public sealed record ArticleParagraph(int Number, int Start, int End, string? Heading);
