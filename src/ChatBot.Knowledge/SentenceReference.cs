namespace ChatBot.Knowledge;

/// <summary>One sentence of a loaded article, by the article's id and the sentence's span in its text.</summary>
public readonly record struct SentenceReference(string ArticleId, TextSpan Span);
