using System.Globalization;
using System.Text;

namespace ChatBot.Benchmarks;

/// <summary>The report's sections in Markdown, each with the command that produced it and the machine load at the time.</summary>
internal static class MarkdownFragments
{
    private const double MiB = 1024 * 1024;

    public static string Micro(RunInfo run, IReadOnlyList<MicroResult> results)
    {
        var text = Header("In-process benchmarks (BenchmarkDotNet, `[MemoryDiagnoser]`)", run);
        text.AppendLine("| Benchmark | Parameters | Mean | Median | Allocated / op | Load average at the start → end of the run |");
        text.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var r in results)
        {
            text.AppendLine(Invariant($"| {r.Benchmark} | {(r.Parameters.Length == 0 ? "-" : r.Parameters)} | {r.MeanMs:0.000} ms | {r.MedianMs:0.000} ms | {Bytes(r.AllocatedBytes)} | {Load(r.LoadBefore)} → {Load(r.Load)} |"));
        }

        text.AppendLine();
        text.AppendLine("`QueryCacheSize=0`: every question is embedded (a new question); `512`: the question repeats (the host's default cache).");
        return text.ToString();
    }

    public static string Throughput(RunInfo run, ThroughputReport report)
    {
        var floor = report.EmbeddingFloor;
        var text = Header("HTTP throughput and latency, seed article", run);
        text.AppendLine(Invariant($"Cost floor, embedding one question with {floor.Model} as retrieval does (query instruction included; seed retrieval of an unseen question minus that of a cached one), in-process: **p50 {floor.Latency.P50:0.00} ms**, p95 {floor.Latency.P95:0.00} ms ({floor.Latency.Count} samples; the bare question text alone: p50 {floor.BareText.P50:0.00} ms; {Load(floor.Load)})."));
        text.AppendLine();
        text.AppendLine(Invariant($"Closed loop: each virtual user asks {LoadDriver.TurnsPerConversation}-turn conversations from {BenchmarkQuestions.Seed.Count} seed questions, sending the next request when the reply arrives."));
        text.AppendLine();
        text.AppendLine("| Endpoint | Questions | Concurrency | Answers/s | p50 | p95 | p50 ÷ embedding | Failed | Load average after |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in report.Runs)
        {
            text.AppendLine(Invariant($"| {r.Scenario} | {r.Variant} | {r.Concurrency} | {r.AnswersPerSecond:0.0} | {r.Latency.P50:0.0} ms | {r.Latency.P95:0.0} ms | {r.Latency.P50 / floor.Latency.P50:0.00}× | {r.Failed} | {Load(r.LoadAfter)} |"));
        }

        text.AppendLine();
        foreach (var (variant, bytes) in report.PeakMemoryBytes)
        {
            text.AppendLine(Invariant($"- Host peak memory (VmHWM) after the runs with {variant}: {bytes / MiB:0} MiB"));
        }

        text.AppendLine();
        text.AppendLine("Targets (issue 6):");
        var ask8 = report.Runs.FirstOrDefault(r => r.Scenario.Contains("/api/ask", StringComparison.Ordinal) && r.Concurrency == 8 && r.Variant == ThroughputRunner.Cached);
        if (ask8 is not null)
        {
            text.AppendLine(Invariant($"- `/api/ask` at concurrency 8: {ask8.AnswersPerSecond:0.0} answers/s (target ≥ 120): {Verdict(ask8.AnswersPerSecond >= 120, ask8.LoadAfter)}"));
        }

        foreach (var variant in new[] { ThroughputRunner.Cached, ThroughputRunner.Uncached })
        {
            var ask1 = report.Runs.FirstOrDefault(r => r.Scenario.Contains("/api/ask", StringComparison.Ordinal) && r.Concurrency == 1 && r.Variant == variant);
            if (ask1 is not null)
            {
                var ratio = ask1.Latency.P50 / floor.Latency.P50;
                text.AppendLine(Invariant($"- `/api/ask` p50 at concurrency 1, {variant}: {ask1.Latency.P50:0.0} ms = {ratio:0.00}× the embedding time (target ≤ 2×): {Verdict(ratio <= 2, ask1.LoadAfter)}"));
            }
        }

        return text.ToString();
    }

    public static string Scale(RunInfo run, IReadOnlyList<ScaleResult> results)
    {
        var text = Header("Corpus size: index build, restart, queries, memory", run);
        text.AppendLine("| Articles | Paragraphs | Text | Cold start → ready | Index build (host log) | Sentences embedded | Restart → ready | Answer p50 (HTTP) | Answer p95 (HTTP) | Retrieval p50 | Retrieval p95 | Questions | Peak memory | Load average before → after |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var paragraphs = r.Paragraphs?.ToString("N0", CultureInfo.InvariantCulture) ?? "?";
            var peak = Math.Max(r.ColdPeakMemoryBytes, r.RestartPeakMemoryBytes) / MiB;
            text.AppendLine(Invariant(
                $"| {r.Articles:N0} | {paragraphs} | {r.Bytes / 1e6:0.0} MB | {r.ColdReadySeconds:0.00} s | {Ms(r.ColdIndexMs)} | {r.EmbeddedSentences:N0} in {Ms(r.EmbeddingMs)} | {r.RestartReadySeconds:0.00} s | {r.Queries.P50:0.0} ms | {r.Queries.P95:0.0} ms | {r.Retrievals.P50:0.0} ms | {r.Retrievals.P95:0.0} ms | {r.Queries.Count} | {peak:0} MiB | {Load(r.LoadBefore)} → {Load(r.LoadAfter)} |"));
        }

        text.AppendLine();
        text.AppendLine("Ready = process start to the first `GET /healthz` 200 (includes .NET start-up and loading the model). Answers: each question once " +
            "through `POST /api/ask`, one at a time, after the restart, with `Knowledge:QueryCacheSize=0` so each pays for its embedding. Retrieval: " +
            "the same questions through `IPassageRetriever` in the tool's process (embedding included). Peak memory is the host's VmHWM over both starts.");
        if (results.FirstOrDefault(r => r.Articles == 1000) is { } large)
        {
            text.AppendLine();
            text.AppendLine("Targets at 1,000 articles (issue 6):");
            text.AppendLine(Invariant($"- ready after restart {large.RestartReadySeconds:0.00} s (target ≤ 15 s): {Verdict(large.RestartReadySeconds <= 15, large.LoadAfter)}"));
            text.AppendLine(Invariant($"- query p50: retrieval {large.Retrievals.P50:0.0} ms, whole answer over HTTP {large.Queries.P50:0.0} ms (target ≤ 40 ms): retrieval {Verdict(large.Retrievals.P50 <= 40, large.LoadAfter)}, answer {Verdict(large.Queries.P50 <= 40, large.LoadAfter)}"));
            var peak = Math.Max(large.ColdPeakMemoryBytes, large.RestartPeakMemoryBytes) / MiB;
            text.AppendLine(Invariant($"- peak memory {peak:0} MiB (target ≤ 1,536 MiB): {Verdict(peak <= 1536, large.LoadAfter)}"));
        }

        return text.ToString();
    }

    private static StringBuilder Header(string title, RunInfo run)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"## {title}"));
        text.AppendLine();
        text.AppendLine(Invariant($"`{run.Command}` (commit {run.Commit}, {run.StartedUtc:yyyy-MM-dd HH:mm} UTC, {run.Machine})"));
        text.AppendLine();
        return text;
    }

    private static string Verdict(bool met, MachineLoad load) =>
        (met ? "met" : "not met") + (load.Contended ? " (measured on a contended machine; not a clean number)" : "");

    private static string Load(MachineLoad load) => Invariant($"{load.OneMinute:0.00}, {load.FiveMinutes:0.00}, {load.FifteenMinutes:0.00}{(load.Contended ? " (contended)" : "")}");

    private static string Ms(double? ms) => ms is null ? "?" : Invariant($"{ms:0} ms");

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "?",
        < 1024 => Invariant($"{bytes} B"),
        < 1024 * 1024 => Invariant($"{bytes / 1024.0:0.0} KiB"),
        _ => Invariant($"{bytes / MiB:0.00} MiB"),
    };

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
