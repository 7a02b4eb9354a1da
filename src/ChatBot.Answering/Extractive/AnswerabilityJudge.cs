using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// P(answerable) of candidates by <see cref="AnswerabilityModel"/>, asking the paraphrase model
/// (<see cref="IParaphraseSimilarity"/>, the costliest feature: a model call per sentence it has not seen) only where
/// its answer can change the decision. Both models weigh that similarity positively, so a candidate already over the
/// threshold without it, or under it even at the highest similarity, is decided as the full model decides it; its
/// probability is then the one without the similarity, a lower bound. With no threshold (an evaluation scoring every
/// answer) or when the features are observed for fitting, every candidate is scored in full.
/// </summary>
internal sealed class AnswerabilityJudge(IParaphraseSimilarity paraphrases)
{
    /// <param name="ranks">Which of <paramref name="ranked"/> to judge.</param>
    /// <param name="features">The features of a rank with the paraphrase similarity left at 0.</param>
    /// <returns>Per rank given, its probability and the features it was computed from.</returns>
    public async Task<IReadOnlyList<(double Probability, double[] Features)>> JudgeAsync(
        string question,
        IReadOnlyList<SentenceCandidate> ranked,
        IReadOnlyList<int> ranks,
        Func<int, double[]> features,
        int articlesInView,
        double threshold,
        bool exact,
        CancellationToken cancellationToken)
    {
        var judged = new (double Probability, double[] Features)[ranks.Count];
        var unsure = new List<int>();
        for (var i = 0; i < ranks.Count; i++)
        {
            var without = features(ranks[i]);
            var low = AnswerabilityModel.Probability(without, articlesInView);
            judged[i] = (low, without);
            if (exact || threshold <= 0
                || (low < threshold && AnswerabilityModel.Probability(AnswerabilityFeatures.WithParaphrase(without, 1, articlesInView), articlesInView) >= threshold))
            {
                unsure.Add(i);
            }
        }

        if (unsure.Count == 0)
        {
            return judged;
        }

        var sentences = unsure.Select(i => ranked[ranks[i]]).Select(c => c.Article.Slice(c.Sentence.Span)).ToList();
        var similarity = await paraphrases.ScoreAsync(question, sentences, cancellationToken);
        for (var k = 0; k < unsure.Count; k++)
        {
            var full = AnswerabilityFeatures.WithParaphrase(judged[unsure[k]].Features, similarity[k], articlesInView);
            judged[unsure[k]] = (AnswerabilityModel.Probability(full, articlesInView), full);
        }

        return judged;
    }
}
