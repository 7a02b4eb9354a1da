using System.Globalization;
using ChatBot.Answering;

namespace ChatBot.Evaluation;

/// <summary>
/// The answers section of the report: first-citation accuracy, citations per answer, quote lengths, and the
/// abstention trade-off (precision and recall of "not in the article" on unanswerable and off-topic questions).
/// </summary>
internal static class AnswerReport
{
    private static readonly double[] s_thresholds = [0.10, 0.20, 0.25, 0.30, 0.35, 0.40, 0.50, 0.60];

    public static void Write(TextWriter output, EvaluationArguments arguments, IReadOnlyList<AnswerOutcome> squad, IReadOnlyList<AnswerOutcome> offTopic, double chosen)
    {
        var answerable = squad.Where(o => o.Question.Answerable).ToArray();
        var unanswerable = squad.Where(o => !o.Question.Answerable).ToArray();
        var answered = answerable.Where(o => o.Evidence >= chosen).ToArray();
        var quotes = squad.Where(o => o.Evidence >= chosen).SelectMany(o => o.Answer.Citations).ToArray();
        var latency = new LatencyStats(squad.Select(o => o.LatencyMs).ToArray());
        output.WriteLine(Invariant($"## Answers (extractive, split {arguments.Split}, threshold MinAnswerability={chosen:F2})"));
        output.WriteLine(Invariant($"answerable questions             {answerable.Length}"));
        output.WriteLine(Invariant($"first citation holds gold        {Ratio(answerable, o => o.Evidence >= chosen && o.FirstHoldsGold):F4}  (no threshold: {Ratio(answerable, o => o.FirstHoldsGold):F4})"));
        output.WriteLine(Invariant($"first citation in gold paragraph {Ratio(answerable, o => o.Evidence >= chosen && o.FirstInGoldParagraph):F4}"));
        output.WriteLine(Invariant($"citations per answer             {(answered.Length == 0 ? 0 : answered.Average(o => o.Answer.Citations.Count)):F2}  (max {(answered.Length == 0 ? 0 : answered.Max(o => o.Answer.Citations.Count))})"));
        output.WriteLine(Invariant($"quote length (chars)             mean {(quotes.Length == 0 ? 0 : quotes.Average(c => c.Quote.Length)):F0}  max {(quotes.Length == 0 ? 0 : quotes.Max(c => c.Quote.Length))}  >=300: {quotes.Count(c => c.Quote.Length >= 300)}"));
        output.WriteLine(Invariant($"answer latency (ms)              p50 {latency.Percentile(50):F2}  p95 {latency.Percentile(95):F2}  ({squad.Count} questions)"));
        output.WriteLine();
        output.WriteLine("Abstention trade-off (positive = abstained; SQuAD unanswerable and off-topic questions should abstain):");
        output.WriteLine("threshold  squad-precision  squad-recall  off-topic-recall  answerable-kept  first-holds-gold");
        foreach (var t in s_thresholds.Append(chosen).Distinct().Order())
        {
            var abstained = squad.Where(o => o.Evidence < t).ToArray();
            var precision = abstained.Length == 0 ? 0 : abstained.Count(o => !o.Question.Answerable) / (double)abstained.Length;
            var recall = Ratio(unanswerable, o => o.Evidence < t);
            var offTopicRecall = Ratio(offTopic.ToArray(), o => o.Evidence < t);
            var mark = Math.Abs(t - chosen) < 1e-9 ? "  <- chosen" : string.Empty;
            output.WriteLine(Invariant($"{t,9:F2}  {precision,15:F3}  {recall,12:F3}  {offTopicRecall,16:F3}  {Ratio(answerable, o => o.Evidence >= t),15:F3}  {Ratio(answerable, o => o.Evidence >= t && o.FirstHoldsGold),16:F3}{mark}"));
        }

        if (offTopic.Count > 0)
        {
            var missed = offTopic.Where(o => o.Evidence >= chosen).Select(o => o.Question.Question).ToArray();
            output.WriteLine(Invariant($"off-topic questions answered at the chosen threshold: {missed.Length}/{offTopic.Count}{(missed.Length > 0 ? ": " + string.Join(" | ", missed) : string.Empty)}"));
        }
    }

    private static double Ratio(AnswerOutcome[] outcomes, Func<AnswerOutcome, bool> predicate) =>
        outcomes.Length == 0 ? 0 : outcomes.Count(predicate) / (double)outcomes.Length;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
