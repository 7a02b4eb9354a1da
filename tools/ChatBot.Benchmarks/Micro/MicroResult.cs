namespace ChatBot.Benchmarks;

/// <summary>One BenchmarkDotNet case: mean and median per operation, allocation per operation, and the machine load at the start and end of the run.</summary>
internal sealed record MicroResult(string Benchmark, string Parameters, double MeanMs, double MedianMs, long? AllocatedBytes, MachineLoad LoadBefore, MachineLoad Load);
