using System.Numerics.Tensors;
using ChatBot.Answering.Extractive;

namespace ChatBot.Answering.Conversation;

/// <summary>
/// Ranks a follow-up's candidates from both searches by a conditional logit over <see cref="FollowUpFeatures"/>,
/// fitted by <c>tools/ChatBot.Evaluation fit-dialogs</c> on the tune half of the CoQA news sample (dialogs whose
/// story id hashes even, see <c>EvalDialog</c>); the test half was never used. A candidate's score becomes its
/// probability among the candidates, so "nearly as good" (the second citation) keeps its meaning. The paraphrase
/// similarity joined the features on 4 December: on the test half, follow-ups in conversation 0.431 → 0.448 with one
/// story in scope and 0.250 → 0.259 with all loaded, where the next answer stays in the story 0.804 → 0.878 of the time.
/// </summary>
internal static class ConversationRanker
{
    private static readonly double[] s_weights = [0.5109, 0.7614, 0.7874, 0.5039, 1.0972, 1.0884, 0.0730, -0.2902, 0.4636, -1.1584, -0.5039, 3.7816, 3.6820, 2.4003, 5.8916];

    /// <summary>The distinct candidates of both searches, each once, in the order <see cref="Rank"/> scores them.</summary>
    public static IReadOnlyList<SentenceCandidate> Candidates(IReadOnlyList<SentenceCandidate> fromQuestion, IReadOnlyList<SentenceCandidate> fromExpanded) =>
        fromQuestion.Concat(fromExpanded).DistinctBy(Key).ToList();

    /// <param name="leansOnConversation">The question needs the earlier turns to be understood.</param>
    /// <param name="paraphrase">Per candidate of <see cref="Candidates"/>, in its order, the paraphrase model's similarity to the resolved question.</param>
    public static IReadOnlyList<SentenceCandidate> Rank(
        ConversationFocus focus,
        IReadOnlyList<SentenceCandidate> fromQuestion,
        IReadOnlyList<SentenceCandidate> fromExpanded,
        bool leansOnConversation,
        IReadOnlyList<double> paraphrase,
        Action<IReadOnlyList<(SentenceCandidate Candidate, double[] Features)>>? observe = null)
    {
        var byQuestion = fromQuestion.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var byExpanded = fromExpanded.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var rows = Candidates(fromQuestion, fromExpanded)
            .Select((candidate, i) =>
            {
                var q = byQuestion.GetValueOrDefault(Key(candidate));
                var e = byExpanded.GetValueOrDefault(Key(candidate));
                return (Candidate: q ?? e!, Features: FollowUpFeatures.Of(focus, q, e, paraphrase[i]));
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
