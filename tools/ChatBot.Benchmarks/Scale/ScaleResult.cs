namespace ChatBot.Benchmarks;

/// <summary>
/// One corpus size. Cold start (empty embedding cache): when the host first answered <c>/healthz</c> 200, when it gave
/// its first cited answer, and when every sentence was embedded, each in wall seconds and in the host's CPU seconds
/// from its start. Restart (cache warm, content unchanged): ready time, then answers one at a time and at concurrency
/// 8 with every question new, and retrieval alone in-process. Peak memory over both starts.
/// </summary>
internal sealed record ScaleResult(
    int Articles,
    int? Paragraphs,
    int Sentences,
    long Bytes,
    StartPoint ColdReady,
    StartPoint FirstAnswer,
    StartPoint Complete,
    int EmbeddedSentences,
    MachineLoad LoadAtComplete,
    double RestartReadySeconds,
    double RestartCompleteSeconds,
    LatencySummary Queries,
    LoadResult? Concurrent,
    LatencySummary Retrievals,
    int FailedQueries,
    long ColdPeakMemoryBytes,
    long RestartPeakMemoryBytes,
    ResumeCheck? Resume,
    MachineLoad LoadBefore,
    MachineLoad LoadAfter);

/// <summary>A moment of a start: wall seconds and the host's CPU seconds since its process started.</summary>
internal sealed record StartPoint(double WallSeconds, double CpuSeconds);

/// <summary>
/// A cold build killed part-way (no graceful stop) and started again: how many sentences the cache already held on the
/// restart, how many the restart embedded, and whether together they are exactly the corpus's distinct sentences.
/// </summary>
internal sealed record ResumeCheck(int EmbeddedBeforeKill, int HeldOnRestart, int EmbeddedOnRestart, int Sentences, bool Complete);
