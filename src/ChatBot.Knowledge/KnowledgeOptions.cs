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
    /// Above this many sentences, ArcticXs embeds sentences with its weight matrices in int8, quantized from the package's
    /// model (about half the CPU per sentence: a 2,500-article archive is indexed in minutes, not ten; SQuAD retrieval
    /// within 0.003 of the float model's, README). Smaller archives keep the float model (seconds either way, and it
    /// cites the seed article's facts a little more often). 0: always int8; -1: never. Questions always use the float model.
    /// </summary>
    [Range(-1, int.MaxValue)]
    public int QuantizeAbove { get; set; } = 10_000;

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
