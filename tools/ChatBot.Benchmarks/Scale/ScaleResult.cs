namespace ChatBot.Benchmarks;

/// <summary>
/// One corpus size: the cold start (empty embedding cache: everything indexed and embedded), the restart (cache
/// warm, content unchanged), query latency after the restart, and the host's peak memory over both.
/// </summary>
internal sealed record ScaleResult(
    int Articles,
    int? Paragraphs,
    long Bytes,
    double ColdReadySeconds,
    double? ColdIndexMs,
    int? EmbeddedSentences,
    double? EmbeddingMs,
    double RestartReadySeconds,
    double? RestartIndexMs,
    LatencySummary ColdQueries,
    LatencySummary Queries,
    int FailedQueries,
    long ColdPeakMemoryBytes,
    long RestartPeakMemoryBytes,
    MachineLoad LoadBefore,
    MachineLoad LoadAfter);
