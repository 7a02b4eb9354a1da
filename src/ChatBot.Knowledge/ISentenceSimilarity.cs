namespace ChatBot.Knowledge;

/// <summary>
/// How close in meaning a query is to particular indexed sentences, read from the index's sentence vectors: only
/// the query is embedded, never the article again.
/// </summary>
public interface ISentenceSimilarity
{
    /// <summary>
    /// Embeds several queries in one model call (much cheaper than one call each) and holds each vector for the
    /// next retrieval or scoring of that query, which then needs no model call (even with the question cache off).
    /// </summary>
    Task PrepareAsync(IReadOnlyList<string> queries, CancellationToken cancellationToken);

    /// <returns>
    /// Per sentence, in the order given, the cosine similarity with the query, as <see cref="ScoredSentence.Semantic"/>
    /// reports it, and for a span of consecutive indexed sentences the best of theirs; null for a sentence the current
    /// index does not hold (its article changed or was removed).
    /// </returns>
    Task<IReadOnlyList<double?>> ScoreAsync(string query, IReadOnlyList<SentenceReference> sentences, CancellationToken cancellationToken);
}
