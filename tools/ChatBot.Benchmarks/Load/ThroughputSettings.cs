namespace ChatBot.Benchmarks;

/// <summary>What the throughput runs do: concurrencies, timing, the port, and whether to run the uncached variant.</summary>
internal sealed record ThroughputSettings(IReadOnlyList<int> Concurrency, TimeSpan Warmup, TimeSpan Duration, int Port, bool IncludeUncached);
