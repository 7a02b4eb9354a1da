namespace ChatBot.Answering.Extractive;

/// <summary>
/// P(the articles in view answer the question) from <see cref="AnswerabilityFeatures"/>: a logistic regression fitted
/// by <c>tools/ChatBot.Evaluation fit-answerability</c> on the tune halves of the SQuAD sample (answerable and
/// unanswerable questions), the CoQA news sample (dialog turns with one story in scope and with all loaded; the
/// out-of-corpus probes over all stories, over one, and in the middle of a dialog) and the evaluation tool's off-topic
/// questions (over all SQuAD articles and over one). The test halves were never used.
/// <see cref="AnsweringOptions.MinAnswerability"/> is the operating point.
/// </summary>
internal static class AnswerabilityModel
{
    private static readonly double[] s_weights = [1.6419, 1.6749, 2.0846, 0.8169, -1.6618, -3.9749, 0.7749, 0.0050, 2.6020, 0.8834, -1.0592, -2.1847, 0.8036, -0.5272, 2.7091, 0.4146, 1.8560, -0.1058, -0.3484, 0.4506, -0.0713, -3.7666];

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
