using System.Numerics.Tensors;

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
    private static readonly double[] s_weights = [1.4171, 1.7330, 1.9718, 0.9455, -1.2912, -3.6609, 0.3665, -0.1212, 2.2264, 0.9562, -1.0407, -1.8250, 0.8307, -0.5619, 3.0683, 0.4100, 1.9960, -0.3951, -0.2947, 0.3516, 0.2066, -4.2324];

    public static double Probability(double[] features) => 1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(s_weights, features)));
}
