namespace ChatBot.Evaluation;

/// <summary>The retrieval section of the report: recall, best sentence, score separation, latency.</summary>
internal static class RetrievalReport
{
    public static void Write(TextWriter output, EvaluationArguments arguments, IReadOnlyList<RetrievalOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Answerable).ToArray();
        var unanswerable = outcomes.Where(o => !o.Question.Answerable).ToArray();
        var latency = new LatencyStats(outcomes.Select(o => o.LatencyMs).ToArray());
        output.WriteLine(FormattableString.Invariant($"## Retrieval ({arguments.Mode}, {arguments.Model}, split {arguments.Split})"));
        output.WriteLine(FormattableString.Invariant($"answerable questions       {answerable.Length}"));
        output.WriteLine(FormattableString.Invariant($"paragraph recall@1         {Ratio(answerable, o => o.GoldRank == 1):F4}"));
        output.WriteLine(FormattableString.Invariant($"paragraph recall@3         {Ratio(answerable, o => o.GoldRank is >= 1 and <= 3):F4}"));
        output.WriteLine(FormattableString.Invariant($"top sentence holds answer  {Ratio(answerable, o => o.TopSentenceHoldsAnswer):F4}"));
        output.WriteLine(FormattableString.Invariant($"top score: answerable mean {Mean(answerable):F3}, unanswerable mean {Mean(unanswerable):F3}, right-paragraph mean {Mean(answerable.Where(o => o.GoldRank == 1)):F3}, wrong-paragraph mean {Mean(answerable.Where(o => o.GoldRank != 1)):F3}"));
        output.WriteLine(FormattableString.Invariant($"latency per query (ms)     p50 {latency.Percentile(50):F2}  p95 {latency.Percentile(95):F2}  mean {latency.Mean:F2}  ({outcomes.Count} queries)"));
    }

    private static double Ratio(RetrievalOutcome[] outcomes, Func<RetrievalOutcome, bool> predicate) =>
        outcomes.Length == 0 ? 0 : outcomes.Count(predicate) / (double)outcomes.Length;

    private static double Mean(IEnumerable<RetrievalOutcome> outcomes)
    {
        var scores = outcomes.Select(o => o.TopScore).ToArray();
        return scores.Length == 0 ? double.NaN : scores.Average();
    }
}
