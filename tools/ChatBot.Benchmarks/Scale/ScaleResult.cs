namespace ChatBot.Benchmarks;

/// <summary>
/// One corpus size: the cold start (empty embedding cache: everything indexed and embedded), the restart (cache
/// warm, content unchanged), answer latency through HTTP after the restart, retrieval latency in-process (question
/// embedding included), and the host's peak memory over both starts.
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
    LatencySummary Retrievals,
    int FailedQueries,
    long ColdPeakMemoryBytes,
    long RestartPeakMemoryBytes,
    MachineLoad LoadBefore,
    MachineLoad LoadAfter);
