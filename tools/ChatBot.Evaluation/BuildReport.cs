using System.Diagnostics;

namespace ChatBot.Evaluation;

/// <summary>The index section of the report: what was indexed, how long it took, peak memory of the process.</summary>
internal static class BuildReport
{
    public static void Write(TextWriter output, KnowledgeHost host)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var articles = host.KnowledgeBase.Articles;
        output.WriteLine("## Index");
        output.WriteLine(FormattableString.Invariant($"articles {articles.Count}, paragraphs {articles.Sum(a => a.Paragraphs.Count)}, sentences {articles.Sum(a => a.Paragraphs.Sum(p => p.Sentences.Count))}"));
        output.WriteLine(FormattableString.Invariant($"build time (start to ready) {host.BuildTime.TotalMilliseconds:F0} ms"));
        output.WriteLine(FormattableString.Invariant($"peak memory (working set) {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MiB, managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MiB"));
    }
}
