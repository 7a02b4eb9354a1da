namespace ChatBot.Knowledge;

/// <summary>A paragraph ranked for a question, with its sentences ranked too.</summary>
/// <param name="Score">Fused relevance, comparable across questions so a caller can threshold it.</param>
/// <param name="Sentences">The paragraph's sentences, best first.</param>
/// <param name="ArticleCloseness">
/// How close the question is in meaning to the paragraph's article as a whole: the mean cosine similarity of the
/// question and the article's embedded paragraphs (0 while none is embedded, or in lexical retrieval).
/// </param>
public sealed record RetrievedPassage(
    Article Article,
    Paragraph Paragraph,
    double Score,
    IReadOnlyList<ScoredSentence> Sentences,
    double ArticleCloseness = 0);
