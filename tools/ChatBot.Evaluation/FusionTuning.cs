using System.Globalization;
using ChatBot.Knowledge;

namespace ChatBot.Evaluation;

/// <summary>
/// The <c>tune</c> command: collects fusion features for the chosen split, fits the paragraph and sentence
/// weights, calibrates the paragraph score, and prints them with their recall on the same split.
/// Use <c>--split tune</c>; the test split stays untouched for reporting.
/// </summary>
internal static class FusionTuning
{
    public static async Task RunAsync(TextWriter output, IRetrievalFeatureSource features, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var passageGroups = new List<(double[][] Rows, bool[] Positive)>();
        var sentenceGroups = new List<(double[][] Rows, bool[] Positive)>();
        var all = new List<(EvalQuestion Question, IReadOnlyList<PassageFeatures> Candidates)>();
        foreach (var question in questions)
        {
            var candidates = await features.GetFeaturesAsync(new RetrievalQuery(question.Question), cancellationToken);
            all.Add((question, candidates));
            if (!question.Answerable)
            {
                continue;
            }

            var gold = candidates.FirstOrDefault(c => IsGold(question, c));
            if (gold is null)
            {
                continue;
            }

            var pool = Shortlist(candidates, gold);
            passageGroups.Add((pool.Select(c => c.Values.ToArray()).ToArray(), pool.Select(c => c == gold).ToArray()));
            var holds = gold.Sentences.Select(s => HoldsAnswer(question, gold.Article, s.Span)).ToArray();
            if (holds.Any(h => h) && !holds.All(h => h))
            {
                sentenceGroups.Add((gold.Sentences.Select(s => s.Values.ToArray()).ToArray(), holds));
            }
        }

        var passageWeights = ConditionalLogit.Fit(passageGroups, features.PassageFeatureNames.Count, iterations: 3000, learningRate: 0.1);
        var sentenceWeights = ConditionalLogit.Fit(sentenceGroups, features.SentenceFeatureNames.Count, iterations: 3000, learningRate: 0.1);
        // Confidence: P(paragraph is the gold one) from its margin to the best candidate and absolute evidence,
        // fitted on the top candidates of every question of the split, unanswerable ones included.
        var calibrationSamples = new List<(double[] Features, bool Label)>();
        foreach (var (question, candidates) in all)
        {
            var z = candidates.Select(c => ConditionalLogit.Dot(passageWeights, c.Values)).ToArray();
            var best = z.Max();
            foreach (var i in Enumerable.Range(0, candidates.Count).OrderByDescending(i => z[i]).Take(5))
            {
                calibrationSamples.Add((CalibrationFeatures(z[i] - best, candidates[i].Values), question.Answerable && IsGold(question, candidates[i])));
            }
        }

        var calibrationWeights = ConditionalLogit.FitLogistic(calibrationSamples, _calibrationNames.Length);
        sentenceWeights = RefineSentenceWeights(sentenceWeights, all, passageWeights);
        var answerable = all.Where(a => a.Question.Answerable).ToArray();
        var top1 = 0;
        var sentenceHits = 0;
        foreach (var (question, candidates) in answerable)
        {
            var top = candidates.MaxBy(c => ConditionalLogit.Dot(passageWeights, c.Values))!;
            top1 += IsGold(question, top) ? 1 : 0;
            var sentence = top.Sentences.MaxBy(s => ConditionalLogit.Dot(sentenceWeights, s.Values))!;
            sentenceHits += HoldsAnswer(question, top.Article, sentence.Span) ? 1 : 0;
        }

        output.WriteLine(FormattableString.Invariant($"## Fusion tuning ({questions.Count} questions, {passageGroups.Count} paragraph groups, {sentenceGroups.Count} sentence groups)"));
        output.WriteLine(FormattableString.Invariant($"fitted recall@1 {top1 / (double)answerable.Length:F4}, top sentence holds answer {sentenceHits / (double)answerable.Length:F4} (on the split it was fitted on)"));
        output.WriteLine("calibration features: " + string.Join(", ", _calibrationNames) + ", bias");
        output.WriteLine($"    private static readonly double[] _confidenceWeights = [{Format(calibrationWeights)}];");
        output.WriteLine("paragraph features: " + string.Join(", ", features.PassageFeatureNames));
        output.WriteLine($"    private static readonly double[] _passageWeights = [{Format(passageWeights)}];");
        output.WriteLine("sentence features: " + string.Join(", ", features.SentenceFeatureNames));
        output.WriteLine($"    private static readonly double[] _sentenceWeights = [{Format(sentenceWeights)}];");
    }

    /// <summary>
    /// The likelihood fit ranks sentences well but does not maximise the share of top sentences that hold an
    /// answer; a few rounds of coordinate search on that share (top paragraphs fixed) close the gap.
    /// </summary>
    private static double[] RefineSentenceWeights(double[] weights, IReadOnlyList<(EvalQuestion Question, IReadOnlyList<PassageFeatures> Candidates)> all, double[] passageWeights)
    {
        var tops = all.Where(a => a.Question.Answerable)
            .Select(a => (a.Question, Top: a.Candidates.MaxBy(c => ConditionalLogit.Dot(passageWeights, c.Values))!))
            .ToArray();
        int Hits(double[] w) => tops.Count(t => HoldsAnswer(t.Question, t.Top.Article, t.Top.Sentences.MaxBy(s => ConditionalLogit.Dot(w, s.Values))!.Span));

        var best = (double[])weights.Clone();
        var bestHits = Hits(best);
        for (var round = 0; round < 3; round++)
        {
            for (var d = 0; d < best.Length; d++)
            {
                foreach (var candidate in new[] { 0, best[d] * 0.5, best[d] * 0.8, best[d] * 1.25, best[d] * 2, best[d] - 1, best[d] + 1 })
                {
                    var trial = (double[])best.Clone();
                    trial[d] = candidate;
                    var hits = Hits(trial);
                    if (hits > bestHits)
                    {
                        (best, bestHits) = (trial, hits);
                    }
                }
            }
        }

        return best;
    }

    /// <summary>Must match FusionModel's calibration features: margin to the best candidate, then absolute evidence.</summary>
    private static readonly string[] _calibrationNames = ["margin", "semantic_best_sentence", "coverage_paragraph", "coverage_best_sentence", "phrase_best_sentence", "lexical_paragraph"];

    private static double[] CalibrationFeatures(double margin, IReadOnlyList<double> values) => [margin, values[3], values[7], values[8], values[11], values[0]];

    /// <summary>Training uses the candidates either signal ranks in its top 30 (plus the gold one): the rest never compete.</summary>
    private static PassageFeatures[] Shortlist(IReadOnlyList<PassageFeatures> candidates, PassageFeatures gold)
    {
        var lexical = candidates.OrderByDescending(c => c.Values[0]).Take(30);
        var semantic = candidates.OrderByDescending(c => c.Values[3]).Take(30);
        return [.. lexical.Union(semantic).Append(gold).Distinct()];
    }

    private static bool IsGold(EvalQuestion question, PassageFeatures candidate) =>
        candidate.Article.Id == question.Article && candidate.Paragraph.Number == question.Paragraph + 1;

    private static bool HoldsAnswer(EvalQuestion question, Article article, TextSpan span)
    {
        var text = article.Slice(span);
        return question.Answers.Any(a => text.Contains(a, StringComparison.Ordinal));
    }

    private static string Format(double[] weights) => string.Join(", ", weights.Select(w => w.ToString("F4", CultureInfo.InvariantCulture)));
}
