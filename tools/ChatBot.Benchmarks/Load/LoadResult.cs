namespace ChatBot.Benchmarks;

/// <summary>One load run: requests completed inside the measured window, failures, throughput and latency.</summary>
internal sealed record LoadResult(
    string Scenario,
    string Variant,
    int Concurrency,
    double Seconds,
    int Completed,
    int Failed,
    double AnswersPerSecond,
    LatencySummary Latency,
    MachineLoad LoadBefore,
    MachineLoad LoadAfter);
