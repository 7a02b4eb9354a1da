namespace ChatBot.Knowledge;

/// <summary>A paragraph ranked for a question, with its sentences ranked too.</summary>
/// <param name="Score">Fused relevance, comparable across questions so a caller can threshold it.</param>
/// <param name="Sentences">The paragraph's sentences, best first.</param>
public sealed record RetrievedPassage(
    Article Article,
    Paragraph Paragraph,
    double Score,
    IReadOnlyList<ScoredSentence> Sentences);
