namespace ChatBot.Knowledge;

/// <summary>
/// How far the index is: the lexical index covers every article as soon as the knowledge base is ready; sentences are
/// embedded after that, newest articles first, and retrieval uses each one's vector as soon as it exists.
/// </summary>
/// <param name="ArticlesEmbedded">Articles whose every sentence is embedded.</param>
/// <param name="SentencesPerSecond">Embedding rate since this build started; null before there is one to tell.</param>
/// <param name="Remaining">Estimated time until every sentence is embedded, at that rate.</param>
public sealed record IndexingProgress(
    bool IsComplete,
    int Articles,
    int ArticlesEmbedded,
    int Sentences,
    int SentencesEmbedded,
    double? SentencesPerSecond = null,
    TimeSpan? Remaining = null)
{
    /// <summary>Share of sentences embedded, 0..1.</summary>
    public double Fraction => IsComplete || Sentences == 0 ? 1 : SentencesEmbedded / (double)Sentences;
}
