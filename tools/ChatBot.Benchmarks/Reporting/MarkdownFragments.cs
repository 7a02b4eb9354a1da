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
        var text = Header("Corpus size: answering while indexing, full index, restart, queries, memory", run);
        text.AppendLine("| Articles | Paragraphs | Sentences | Text | /healthz 200 | First cited answer | Fully indexed | Embedding rate | Restart → ready | Answer p50 / p95 (one at a time) | Concurrency 8, new questions | Retrieval p50 / p95 | Peak memory | Load average before → at full index → after |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var paragraphs = r.Paragraphs?.ToString("N0", CultureInfo.InvariantCulture) ?? "?";
            var peak = Math.Max(r.ColdPeakMemoryBytes, r.RestartPeakMemoryBytes) / MiB;
            var embeddingCpu = r.Complete.CpuSeconds - r.ColdReady.CpuSeconds;
            var rate = r.EmbeddedSentences > 0 && embeddingCpu > 0 ? Invariant($"{r.EmbeddedSentences / embeddingCpu:0} sentences per CPU-s") : "-";
            var concurrent = r.Concurrent is { } c ? Invariant($"{c.AnswersPerSecond:0} answers/s, p50 {c.Latency.P50:0.0} ms") : "-";
            text.AppendLine(Invariant(
                $"| {r.Articles:N0} | {paragraphs} | {r.Sentences:N0} | {r.Bytes / 1e6:0.0} MB | {Point(r.ColdReady)} | {Point(r.FirstAnswer)} | {Point(r.Complete)} | {rate} | {r.RestartReadySeconds:0.00} s | {r.Queries.P50:0.0} / {r.Queries.P95:0.0} ms | {concurrent} | {r.Retrievals.P50:0.0} / {r.Retrievals.P95:0.0} ms | {peak:0} MiB | {Load(r.LoadBefore)} → {Load(r.LoadAtComplete)} → {Load(r.LoadAfter)} |"));
        }

        text.AppendLine();
        text.AppendLine("Times are from the host process's start, as wall seconds and as the host's own CPU seconds (user + system, all threads: " +
            "what the work costs whatever else runs on the machine). /healthz 200: the lexical index is built and questions are answered " +
            "(Degraded while embedding). First cited answer: SQuAD questions asked one after another from then until one comes back with a " +
            "citation. Fully indexed: `GET /api/status` says every sentence is embedded (cold cache: every distinct sentence embedded). " +
            "Embedding rate: sentences embedded per host CPU-second between those two. Restart: the same content with the cache warm. " +
            "Answers: each question once through `POST /api/ask`, then 8 closed-loop users, with `Knowledge:QueryCacheSize=0` so each " +
            "pays for its embedding. Retrieval: the same questions through `IPassageRetriever` in the tool's process. Peak memory is the " +
            "host's VmHWM over both starts.");
        foreach (var r in results.Where(r => r.Resume is not null))
        {
            var check = r.Resume!;
            text.AppendLine();
            text.AppendLine(Invariant(
                $"Resume after a kill ({r.Articles:N0} articles): the host was killed (SIGKILL) with {check.EmbeddedBeforeKill:N0} of {check.Sentences:N0} sentences embedded; the restart found {check.HeldOnRestart:N0} in the cache, embedded {check.EmbeddedOnRestart:N0} more and {(check.Complete ? "completed" : "did NOT complete")}."));
        }

        if (results.Where(r => r.Articles >= 2000).MaxBy(r => r.Articles) is { } large)
        {
            var peak = Math.Max(large.ColdPeakMemoryBytes, large.RestartPeakMemoryBytes) / MiB;
            text.AppendLine();
            text.AppendLine(Invariant($"Targets at {large.Articles:N0} articles, {large.Sentences:N0} sentences (issue 13):"));
            text.AppendLine(Invariant($"- first cited answer {large.FirstAnswer.CpuSeconds:0.0} CPU-s after start (target ≤ 20): {Verdict(large.FirstAnswer.CpuSeconds <= 20, large.LoadBefore)}"));
            text.AppendLine(Invariant($"- fully indexed {large.Complete.CpuSeconds:0.0} CPU-s after start, {large.Complete.WallSeconds:0} s wall (target ≤ 150 CPU-s): {Verdict(large.Complete.CpuSeconds <= 150, large.LoadAtComplete)}"));
            text.AppendLine(Invariant($"- warm restart ready {large.RestartReadySeconds:0.00} s (target ≤ 5 s): {Verdict(large.RestartReadySeconds <= 5, large.LoadAfter)}"));
            if (large.Concurrent is { } c)
            {
                text.AppendLine(Invariant($"- new questions at concurrency 8: {c.AnswersPerSecond:0} answers/s, p50 {c.Latency.P50:0.0} ms (target ≥ 120 and ≤ 20 ms): {Verdict(c.AnswersPerSecond >= 120 && c.Latency.P50 <= 20, c.LoadAfter)}"));
            }

            text.AppendLine(Invariant($"- peak memory {peak:0} MiB (target ≤ 1,536 MiB): {Verdict(peak <= 1536, large.LoadAfter)}"));
        }

        return text.ToString();
    }

    private static string Point(StartPoint point) => Invariant($"{point.WallSeconds:0.0} s ({point.CpuSeconds:0.0} CPU-s)");

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
