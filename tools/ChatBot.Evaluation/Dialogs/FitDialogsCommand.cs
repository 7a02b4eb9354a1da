using System.Globalization;
using ChatBot.Answering;
using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>
/// <c>fit-dialogs --content DIR --questions dialogs.jsonl</c>: asks the tune half's dialogs in conversation (one article
/// in scope, then all loaded), collects the follow-up ranking features, fits the conditional logit that
/// <c>ConversationRanker</c> uses, and reports top-1 accuracy on the collected groups of both halves with the new weights.
/// </summary>
internal static class FitDialogsCommand
{
    public static async Task<int> RunAsync(KnowledgeHost host, EvaluationArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var tune = await CollectAsync(host, await EvalDialog.LoadAsync(arguments.QuestionsPath, QuestionSplit.Tune, cancellationToken), cancellationToken);
        var test = await CollectAsync(host, await EvalDialog.LoadAsync(arguments.QuestionsPath, QuestionSplit.Test, cancellationToken), cancellationToken);
        var trainable = tune.Where(g => g.Positive.Any(p => p) && !g.Positive.All(p => p)).ToList();
        var weights = ConditionalLogit.Fit(trainable, trainable[0].Rows[0].Length, l2: 1e-3, iterations: 600);

        output.WriteLine(FormattableString.Invariant($"## Follow-up ranking fit ({trainable.Count} tune groups with a positive, of {tune.Count})"));
        output.WriteLine(string.Join(Environment.NewLine, AnsweringFeatures.FollowUp.Select((n, i) => FormattableString.Invariant($"  {n,-18} {weights[i],9:F4}"))));
        output.WriteLine("weights: [" + string.Join(", ", weights.Select(w => w.ToString("F4", CultureInfo.InvariantCulture))) + "]");
        output.WriteLine(FormattableString.Invariant($"top-1 holds gold: tune {TopOne(tune, weights):F3} of {tune.Count}, test {TopOne(test, weights):F3} of {test.Count} (features as the current weights ranked the history)"));
        return 0;
    }

    private static async Task<List<(double[][] Rows, bool[] Positive)>> CollectAsync(KnowledgeHost host, IReadOnlyList<EvalDialog> dialogs, CancellationToken cancellationToken)
    {
        var collector = new FollowUpCollector(host.KnowledgeBase);
        var answerer = ExtractiveAnswerers.Create(host.Services, new AnsweringOptions { MinAnswerability = 0 }, collector);
        var runner = new DialogRunner(answerer, new AnsweringOptions().HistoryTurns);
        foreach (var scoped in new[] { true, false })
        {
            await runner.RunAsync(dialogs, scoped, inConversation: true, cancellationToken, collector.Before);
        }

        return collector.Groups;
    }

    private static double TopOne(List<(double[][] Rows, bool[] Positive)> groups, double[] weights) =>
        groups.Count == 0 ? 0 : groups.Count(g =>
        {
            var best = 0;
            for (var i = 1; i < g.Rows.Length; i++)
            {
                if (ConditionalLogit.Dot(weights, g.Rows[i]) > ConditionalLogit.Dot(weights, g.Rows[best]))
                {
                    best = i;
                }
            }

            return g.Positive[best];
        }) / (double)groups.Count;
}
