namespace ChatBot.Knowledge;

/// <summary>Embeds questions (with the model's query instruction, if any) through a small LRU cache.</summary>
internal sealed class QueryEmbedder(OnnxTextEmbedder embedder, QueryEmbeddingCache cache)
{
    public async Task<float[]> EmbedAsync(string question, CancellationToken cancellationToken)
    {
        var text = embedder.QueryPrefix + question.Trim();
        if (cache.TryGet(text, out var vector))
        {
            return vector;
        }

        vector = await embedder.EmbedAsync(text, cancellationToken);
        cache.Add(text, vector);
        return vector;
    }
}
