namespace ChatBot.Benchmarks;

/// <summary>How to start the host for one measurement: content, embedding cache, port and any extra configuration keys.</summary>
internal sealed record HostSettings(string ContentPath, string CacheDirectory, int Port, IReadOnlyDictionary<string, string>? Configuration = null);
