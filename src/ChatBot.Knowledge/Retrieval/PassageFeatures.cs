namespace ChatBot.Knowledge;

/// <summary>Fusion features of one candidate paragraph and of each of its sentences (in text order).</summary>
public sealed record PassageFeatures(
    Article Article,
    Paragraph Paragraph,
    IReadOnlyList<double> Values,
    IReadOnlyList<SentenceFeatures> Sentences);
