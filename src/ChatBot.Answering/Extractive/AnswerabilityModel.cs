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
    private static readonly double[] s_weights = [1.5807, 1.5560, 2.4367, 0.7507, -1.2641, -4.3996, 0.2052, -0.1531, 2.1579, 0.9753, -0.3074, -2.0563, 0.2786, -0.1319, 4.5775, 1.1150, 2.6858, 0.5935, 0.6608, 0.0355, -1.5874, -4.2093];

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
