using System.Globalization;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>
/// The dialogs section of the report, per setting (one article in scope; all articles loaded): first quote holds a
/// gold answer for first turns and follow-ups, the gain of the conversation over asking each follow-up alone,
/// answerable turns declined, whether a follow-up stays in the previous answer's article, citations and latency.
/// </summary>
internal static class DialogReport
{
    public static void WriteSetting(TextWriter output, string setting, IReadOnlyList<DialogTurnOutcome> inConversation, IReadOnlyList<DialogTurnOutcome> alone)
    {
        var answerable = inConversation.Where(o => o.Gold.Answerable).ToArray();
        var first = answerable.Where(o => !o.IsFollowUp).ToArray();
        var followUps = answerable.Where(o => o.IsFollowUp).ToArray();
        var followUpsAlone = alone.Where(o => o.Gold.Answerable && o.IsFollowUp).ToArray();
        var afterRight = followUps.Where(o => o.PreviousFromArticle == true).ToArray();
        var afterRightAnswered = afterRight.Where(o => o.Answer.Answered).ToArray();
        var unknown = inConversation.Where(o => !o.Gold.Answerable).ToArray();
        var answered = inConversation.Where(o => o.Answer.Answered).ToArray();
        var latency = new LatencyStats(inConversation.Select(o => o.LatencyMs).ToArray());

        output.WriteLine(Invariant($"### {setting}"));
        output.WriteLine(Invariant($"turns {inConversation.Count} (answerable {answerable.Length}: first {first.Length}, follow-ups {followUps.Length}; 'unknown' {unknown.Length})"));
        output.WriteLine(Invariant($"first turns: first quote holds gold          {Ratio(first, o => o.FirstHoldsGold):F3}"));
        output.WriteLine(Invariant($"follow-ups in conversation                   {Ratio(followUps, o => o.FirstHoldsGold):F3}"));
        output.WriteLine(Invariant($"same follow-ups asked alone                  {Ratio(followUpsAlone, o => o.FirstHoldsGold):F3}  (gain {Ratio(followUps, o => o.FirstHoldsGold) - Ratio(followUpsAlone, o => o.FirstHoldsGold):+0.000;-0.000})"));
        output.WriteLine(Invariant($"answerable turns declined                    {Ratio(answerable, o => !o.Answer.Answered):F3}  (alone {Ratio(alone.Where(o => o.Gold.Answerable).ToArray(), o => !o.Answer.Answered):F3})"));
        output.WriteLine(Invariant($"'unknown' turns declined                     {Ratio(unknown, o => !o.Answer.Answered):F3}"));
        output.WriteLine(Invariant($"after a turn from the right article ({afterRight.Length}):"));
        output.WriteLine(Invariant($"  next answer stays in that article          {Ratio(afterRightAnswered, o => o.FromArticle):F3}  (of {afterRightAnswered.Length} answered)"));
        output.WriteLine(Invariant($"  next answer right                          {Ratio(afterRight, o => o.FirstHoldsGold):F3}"));
        output.WriteLine(Invariant($"citations per answer                         {(answered.Length == 0 ? 0 : answered.Average(o => o.Answer.Citations.Count)):F2}"));
        output.WriteLine(Invariant($"latency per turn (ms)                        p50 {latency.Percentile(50):F1}  p95 {latency.Percentile(95):F1}"));
        output.WriteLine();
    }

    public static double Ratio<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : items.Count(predicate) / (double)items.Count;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
