namespace ChatBot.Benchmarks;

/// <summary>The corpus sizes to measure, how many questions each is asked, and the port the host listens on.</summary>
internal sealed record ScaleSettings(IReadOnlyList<int> Articles, int Questions, int Port);
