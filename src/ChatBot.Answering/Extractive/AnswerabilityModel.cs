using System.Numerics.Tensors;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// P(the articles in view answer the question) from <see cref="AnswerabilityFeatures"/>: a logistic regression fitted
/// by <c>tools/ChatBot.Evaluation fit-answerability</c> on the tune halves of the SQuAD sample (answerable and
/// unanswerable questions), the CoQA news sample (dialog turns with one story in scope and with all loaded; the
/// out-of-corpus probes over all stories, over one, and in the middle of a dialog) and the evaluation tool's off-topic
/// questions (over all SQuAD articles and over one). The test halves were never used; three-article groups of both
/// samples are reported beside them but not fitted on.
/// <see cref="AnsweringOptions.MinAnswerability"/> is the operating point.
/// </summary>
internal static class AnswerabilityModel
{
    private static readonly double[] s_weights = [1.2015, 1.5399, 1.5734, 0.8834, -1.3677, -1.5961, 0.2599, -0.0811, 2.0987, 1.0396, -0.8853, -1.0813, 0.3285, -0.4565, 2.5973, 0.5243, 1.7509, -0.2953, 0.2354, 0.4555, 0.3401, -2.7027, 1.4164, -2.3081, -3.5534];

    public static double Probability(double[] features) => 1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(s_weights, features)));
}
