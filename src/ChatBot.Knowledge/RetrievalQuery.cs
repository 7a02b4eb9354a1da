namespace ChatBot.Knowledge;

/// <param name="Text">The (standalone) question.</param>
/// <param name="MaxPassages">How many paragraphs to return, best first.</param>
/// <param name="ArticleId">Restrict the search to one article, or null for all.</param>
public sealed record RetrievalQuery(string Text, int MaxPassages = 5, string? ArticleId = null);
