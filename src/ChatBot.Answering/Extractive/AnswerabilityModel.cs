namespace ChatBot.Answering.Extractive;

/// <summary>
/// P(the articles in view answer the question) from <see cref="AnswerabilityFeatures"/>: a logistic regression fitted
/// by <c>tools/ChatBot.Evaluation fit-answerability</c> on the tune halves of the SQuAD sample (answerable and
/// unanswerable questions), the CoQA news sample (dialog turns with one story in scope and with all loaded; the
/// out-of-corpus probes) and the evaluation tool's off-topic questions. The test halves were never used.
/// <see cref="AnsweringOptions.MinAnswerability"/> is the operating point.
/// </summary>
internal static class AnswerabilityModel
{
    private static readonly double[] s_weights = [1.6291, 1.4553, 2.2970, 0.7998, -1.2271, -4.4141, 0.2066, -0.1260, 2.1118, 0.9626, -0.3757, -1.8967, 0.4122, -0.2804, 4.6467, 0.8332, 2.4388, 0.0020, 0.3971, -0.1106, -1.7755, -4.0759];

    public static double Probability(double[] features)
    {
        var z = 0.0;
        for (var i = 0; i < s_weights.Length; i++)
        {
            z += s_weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
