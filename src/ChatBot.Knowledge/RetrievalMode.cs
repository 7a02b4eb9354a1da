namespace ChatBot.Knowledge;

/// <summary>Which evidence ranks passages.</summary>
public enum RetrievalMode
{
    /// <summary>Lexical and embedding evidence at paragraph and sentence level, fused by learned weights.</summary>
    Hybrid,

    /// <summary>BM25 over paragraphs only (baseline for evaluation).</summary>
    Lexical,

    /// <summary>Embedding similarity only (baseline for evaluation).</summary>
    Semantic,
}
