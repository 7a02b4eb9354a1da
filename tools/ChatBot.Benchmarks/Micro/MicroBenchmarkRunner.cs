using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ChatBot.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet classes in this process (in-process toolchain: the operations take milliseconds, the
/// model and index are loaded once, and no second project has to be generated and built on a 2-core machine).
/// The short mode uses BenchmarkDotNet's dry job: one invocation each, to prove the benchmarks run.
/// </summary>
internal static class MicroBenchmarkRunner
{
    public static IReadOnlyList<MicroResult> Run(bool smoke, string artifactsPath)
    {
        var job = (smoke ? Job.Dry : Job.Default.WithWarmupCount(3).WithIterationCount(12))
            .WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub, JsonExporter.Brief)
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.JoinSummary);

        var results = new List<MicroResult>();
        var loadBefore = MachineLoad.Now();
        var summaries = BenchmarkRunner.Run([typeof(QuestionEmbeddingBenchmarks), typeof(RetrievalBenchmarks)], config);
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                var statistics = report.ResultStatistics;
                if (statistics is null)
                {
                    throw new InvalidOperationException($"Benchmark {report.BenchmarkCase.DisplayInfo} produced no result; see {artifactsPath}.");
                }

                var parameters = string.Join(", ", report.BenchmarkCase.Parameters.Items.Select(p => $"{p.Name}={p.Value}"));
                var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                results.Add(new MicroResult(
                    report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,
                    parameters,
                    statistics.Mean / 1e6,
                    statistics.Median / 1e6,
                    allocated,
                    loadBefore,
                    MachineLoad.Now()));
            }
        }

        return results;
    }
}
