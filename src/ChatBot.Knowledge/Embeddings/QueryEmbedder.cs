namespace ChatBot.Knowledge;

/// <summary>Embeds questions (with the model's query instruction, if any) through a small LRU cache.</summary>
internal sealed class QueryEmbedder(IEmbeddingModel embedder, QueryEmbeddingCache cache)
{
    /// <summary>
    /// Enough for every answer in flight on a busy instance. Prepared vectors are held here, apart from the cache, so
    /// that embedding ahead in one batch saves the model call even with the cache turned off; each is used once.
    /// </summary>
    private const int MaxPrepared = 256;

    private readonly QueryEmbeddingCache _prepared = new(MaxPrepared);

    /// <summary>Whether a question can be embedded without waiting for the model to load.</summary>
    public bool IsModelLoaded => embedder.IsLoaded;

    public async Task<float[]> EmbedAsync(string question, CancellationToken cancellationToken)
    {
        var text = embedder.QueryPrefix + question.Trim();
        if (cache.TryGet(text, out var vector))
        {
            return vector;
        }

        if (!_prepared.TryTake(text, out vector))
        {
            vector = (await embedder.EmbedQueriesAsync([text], cancellationToken))[0];
        }

        cache.Add(text, vector);
        return vector;
    }

    /// <summary>
    /// Embeds the questions not cached yet in one model call (a batch of short texts costs little more than one),
    /// ready for the <see cref="EmbedAsync"/> calls that follow.
    /// </summary>
    public async Task PrepareAsync(IReadOnlyList<string> questions, CancellationToken cancellationToken)
    {
        var missing = questions.Select(q => embedder.QueryPrefix + q.Trim())
            .Distinct(StringComparer.Ordinal)
            .Where(t => !cache.TryGet(t, out _) && !_prepared.TryGet(t, out _))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var vectors = await embedder.EmbedQueriesAsync(missing, cancellationToken);
        for (var i = 0; i < missing.Count; i++)
        {
            _prepared.Add(missing[i], vectors[i]);
        }
    }
}
