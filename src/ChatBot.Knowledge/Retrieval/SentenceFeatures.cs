namespace ChatBot.Knowledge;

/// <summary>Fusion features of one sentence of a candidate paragraph.</summary>
public sealed record SentenceFeatures(TextSpan Span, IReadOnlyList<double> Values);
