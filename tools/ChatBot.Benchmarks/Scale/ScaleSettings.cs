namespace ChatBot.Benchmarks;

/// <summary>
/// The corpus sizes to measure, how many questions each is asked, the port the host listens on, the warm-up and
/// length of the concurrency-8 run, and whether to kill a build half-way and check that it resumes.
/// </summary>
internal sealed record ScaleSettings(
    IReadOnlyList<int> Articles,
    int Questions,
    int Port,
    TimeSpan ConcurrentWarmup,
    TimeSpan ConcurrentDuration,
    bool ResumeCheck);
