using ChatBot.Benchmarks;

BenchmarkArguments arguments;
try
{
    arguments = BenchmarkArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchmarkArguments.Usage);
    return 2;
}

if (RepositoryPaths.BuildConfiguration != "Release")
{
    Console.Error.WriteLine($"Benchmarks measure Release builds only (this is {RepositoryPaths.BuildConfiguration}).");
    Console.Error.WriteLine(BenchmarkArguments.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var token = cancellation.Token;

if (arguments.Command == "corpus")
{
    if (arguments.CorpusCount <= 0 || arguments.CorpusFolder is null)
    {
        Console.Error.WriteLine("corpus needs --count N and --out DIR.");
        return 2;
    }

    var corpus = await CorpusGenerator.EnsureAsync(Path.GetFullPath(arguments.CorpusFolder), arguments.CorpusCount, token);
    Console.WriteLine($"{corpus.Articles} articles, {corpus.Blocks} paragraphs, {corpus.Bytes / 1e6:0.0} MB in {corpus.Folder}");
    return 0;
}

if (arguments.Command == "profile")
{
    await StageProfile.RunAsync(arguments.Corpus, arguments.Questions, Console.Out, token);
    return 0;
}

if (arguments.Command == "embed")
{
    await EmbeddingSpeed.RunAsync(arguments.Questions, Console.Out, token);
    return 0;
}

if (arguments.Command == "report")
{
    var rewriter = new ReportWriter(Path.Combine(BenchmarkCorpus.ArtifactsRoot, "results"), Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md"));
    await rewriter.RerenderAsync(token);
    Console.WriteLine($"Results: {rewriter.SummaryFile}");
    return 0;
}

var run = RunInfo.Capture(args);
var writer = arguments.Smoke
    ? new ReportWriter(Path.Combine(BenchmarkCorpus.ArtifactsRoot, "smoke"), Path.Combine(BenchmarkCorpus.ArtifactsRoot, "smoke", "benchmarks.md"))
    : new ReportWriter(Path.Combine(BenchmarkCorpus.ArtifactsRoot, "results"), Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md"));
Console.WriteLine($"{run.Command}\n{run.Machine}; commit {run.Commit}; {MachineLoad.Now()}");
var problems = new List<string>();

if (arguments.Command is "all" or "load")
{
    var settings = new ThroughputSettings(arguments.Concurrency, arguments.Warmup, arguments.Duration, arguments.Port, arguments.IncludeUncached);
    var report = await ThroughputRunner.RunAsync(settings, Console.Out, token);
    problems.AddRange(report.Runs.Where(r => r.Failed > 0 || r.Completed == 0)
        .Select(r => $"{r.Scenario} at concurrency {r.Concurrency}: {r.Completed} answers, {r.Failed} failed"));
    await writer.WriteSectionAsync("load", run, report, MarkdownFragments.Throughput(run, report), token);
}

if (arguments.Command is "all" or "scale")
{
    var scale = new ScaleSettings(arguments.Articles, arguments.Questions, arguments.Port, arguments.Warmup, arguments.Duration, arguments.ResumeCheck);
    var results = await ScaleRunner.RunAsync(scale, Console.Out, token);
    problems.AddRange(results.Where(r => r.FailedQueries > 0 || r.Queries.Count == 0)
        .Select(r => $"{r.Articles} articles: {r.Queries.Count} answers, {r.FailedQueries} failed"));
    await writer.WriteSectionAsync("scale", run, results, MarkdownFragments.Scale(run, results), token);
}

if (arguments.Command is "all" or "micro")
{
    if (arguments.Smoke)
    {
        Environment.SetEnvironmentVariable(MicroBenchmarkSettings.CorporaVariable, "seed");
    }

    var results = MicroBenchmarkRunner.Run(arguments.Smoke, Path.Combine(BenchmarkCorpus.ArtifactsRoot, arguments.Smoke ? "smoke" : "results", "bdn"));
    await writer.WriteSectionAsync("micro", run, results, MarkdownFragments.Micro(run, results), token);
}

Console.WriteLine($"Results: {writer.SummaryFile}");
foreach (var problem in problems)
{
    Console.Error.WriteLine($"FAILED: {problem}");
}

return problems.Count == 0 ? 0 : 1;
