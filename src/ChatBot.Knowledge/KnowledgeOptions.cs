using System.ComponentModel.DataAnnotations;

namespace ChatBot.Knowledge;

/// <summary>Indexing and retrieval settings (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Folder for the embedding cache; relative paths are resolved against the current directory.</summary>
    [Required]
    public string CacheDirectory { get; set; } = ".cache/knowledge";

    /// <summary>The local embedding model.</summary>
    public EmbeddingModel Model { get; set; } = EmbeddingModel.ArcticXs;

    /// <summary>
    /// Runs ArcticXs with its weight matrices in int8, quantized from the package's model at load (about half the CPU
    /// per sentence; retrieval quality measured in the README). Off: the float model, as shipped.
    /// </summary>
    public bool QuantizedModel { get; set; } = true;

    /// <summary>With <see cref="QuantizedModel"/>, questions are still embedded by the float model (about 90 MB more memory).</summary>
    public bool FloatQueries { get; set; } = true;

    /// <summary>Which evidence ranks passages; <see cref="RetrievalMode.Hybrid"/> except when measuring baselines.</summary>
    public RetrievalMode Mode { get; set; } = RetrievalMode.Hybrid;

    /// <summary>
    /// On the first build, when more sentences than this lack an embedding (not in the cache), the index is published
    /// for questions as soon as its lexical part is built, and embedded in the background; with fewer, embedding them
    /// first takes only seconds, and the first answers are then fully hybrid.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int AnswerWhileEmbeddingAbove { get; set; } = 1_000;

    /// <summary>How many recent question embeddings are kept in memory.</summary>
    [Range(0, 100_000)]
    public int QueryCacheSize { get; set; } = 512;
}
