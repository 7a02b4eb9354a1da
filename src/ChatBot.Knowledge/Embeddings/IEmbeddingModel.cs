namespace ChatBot.Knowledge;

/// <summary>
/// The local embedding model as indexing and retrieval use it: besides embedding, whether it has loaded yet (a
/// question that comes before is answered from the lexical index rather than wait) and the text put before questions.
/// </summary>
internal interface IEmbeddingModel : ITextEmbedder
{
    /// <summary>Text put in front of a question (not a passage) before embedding it.</summary>
    string QueryPrefix { get; }

    /// <summary>Names the embedding cache file: vectors of another model, or of its int8 copy, are not mixed in.</summary>
    string CacheName => ModelName;

    /// <summary>Lets the model pick its variant for an archive of this many sentences, before the first is embedded.</summary>
    void ChooseFor(int sentences)
    {
    }

    /// <summary>Embeds questions (query prefix already in the text); the default is the same model as for sentences.</summary>
    Task<IReadOnlyList<float[]>> EmbedQueriesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) => EmbedBatchAsync(texts, cancellationToken);

    /// <summary>
    /// How long a text is to the model, for grouping texts into batches: a batch is padded to its longest, so texts of
    /// equal length batch without padding. Characters, unless the model counts its own tokens.
    /// </summary>
    int PaddingLength(string text) => text.Length;

    /// <summary>True once the model is loaded, so an embedding costs only its own computation.</summary>
    bool IsLoaded { get; }

    /// <summary>Loads the model now (blocking) rather than on the first use.</summary>
    void Warm();
}
