namespace ChatBot.Benchmarks;

/// <summary>The seed-article HTTP runs: the embedding floor, each run, and the host's peak memory per variant.</summary>
internal sealed record ThroughputReport(EmbeddingFloor EmbeddingFloor, IReadOnlyList<LoadResult> Runs, IReadOnlyDictionary<string, long> PeakMemoryBytes);
