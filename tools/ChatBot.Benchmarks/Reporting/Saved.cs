namespace ChatBot.Benchmarks;

/// <summary>One section's results file: what produced the numbers, and the numbers.</summary>
internal sealed record Saved<T>(RunInfo Run, T Data);
