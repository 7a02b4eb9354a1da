namespace ChatBot.Knowledge;

/// <param name="Lexical">BM25 evidence for this sentence, normalised per query.</param>
/// <param name="Semantic">Cosine similarity between question and sentence embeddings.</param>
public sealed record ScoredSentence(TextSpan Span, double Score, double Lexical, double Semantic);
