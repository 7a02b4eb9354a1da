using System.Numerics.Tensors;
using ChatBot.Answering.Extractive;

namespace ChatBot.Answering.Conversation;

/// <summary>
/// Ranks a follow-up's candidates from both searches by a conditional logit over <see cref="FollowUpFeatures"/>,
/// fitted by <c>tools/ChatBot.Evaluation fit-dialogs</c> on the tune half of the CoQA news sample (dialogs whose
/// story id hashes even, see <c>EvalDialog</c>); the test half was never used. A candidate's score becomes its
/// probability among the candidates, so "nearly as good" (the second citation) keeps its meaning.
/// </summary>
internal static class ConversationRanker
{
    private static readonly double[] s_weights = [0.7898, 1.0224, 1.0103, 0.8151, 0.8593, 1.0791, 0.1751, -0.4349, 0.5168, -0.7163, -0.8151, 3.6761, 3.5362, 4.8928];

    /// <param name="leansOnConversation">The question needs the earlier turns to be understood.</param>
    public static IReadOnlyList<SentenceCandidate> Rank(
        ConversationFocus focus,
        IReadOnlyList<SentenceCandidate> fromQuestion,
        IReadOnlyList<SentenceCandidate> fromExpanded,
        bool leansOnConversation,
        Action<IReadOnlyList<(SentenceCandidate Candidate, double[] Features)>>? observe = null)
    {
        var byQuestion = fromQuestion.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var byExpanded = fromExpanded.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var rows = byQuestion.Keys.Union(byExpanded.Keys)
            .Select(key =>
            {
                var q = byQuestion.GetValueOrDefault(key);
                var e = byExpanded.GetValueOrDefault(key);
                return (Candidate: q ?? e!, Features: FollowUpFeatures.Of(focus, q, e));
            })
            .ToList();
        observe?.Invoke(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        var logits = rows.Select(r => TensorPrimitives.Dot<double>(s_weights, r.Features)).ToArray();
        var max = logits.Max();
        var exp = logits.Select(z => Math.Exp(z - max)).ToArray();
        var sum = exp.Sum();
        return rows.Select((r, i) => r.Candidate with
            {
                Score = exp[i] / sum,
                // What answer-or-decline weighs: a question that stands on its own ("how do I bake bread?" mid-way) is
                // judged by its own search, not by how well the previous question, prepended, matched.
                Evidence = leansOnConversation ? r.Features[FollowUpFeatures.Evidence] : byQuestion.GetValueOrDefault(Key(r.Candidate))?.Evidence ?? 0,
            })
            .OrderByDescending(c => c.Score)
            .ToList();
    }

    private static (string, int) Key(SentenceCandidate c) => (c.Article.Id, c.Sentence.Span.Start);
}
