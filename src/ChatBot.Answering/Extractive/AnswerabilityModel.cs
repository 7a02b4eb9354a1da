using System.Numerics.Tensors;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// P(the articles in view answer the question) from <see cref="AnswerabilityFeatures"/>: logistic regressions fitted
/// by <c>tools/ChatBot.Evaluation fit-answerability</c> on the tune halves of the SQuAD sample (answerable and
/// unanswerable questions), the CoQA news sample (dialog turns with one story in scope and with all loaded; the
/// out-of-corpus probes over all stories, over one, and in the middle of a dialog) and the evaluation tool's off-topic
/// questions (over all SQuAD articles and over one). One is fitted on every setting and decides for up to
/// <see cref="FewArticles"/> articles in view; one fitted on the many-article settings alone decides above that, where
/// a question whose words the corpus lacks can be declined more firmly than a single story's reader may be. The test
/// halves were never used; three-article groups of both samples are reported beside them but not fitted on.
/// <see cref="AnsweringOptions.MinAnswerability"/> is the operating point of both (the many-articles model's own,
/// chosen on the tune half, is folded into its bias).
/// </summary>
internal static class AnswerabilityModel
{
    /// <summary>The most articles in view for which the every-setting model decides.</summary>
    public const int FewArticles = 6;

    private static readonly double[] s_everySetting = [1.2015, 1.5399, 1.5734, 0.8834, -1.3677, -1.5961, 0.2599, -0.0811, 2.0987, 1.0396, -0.8853, -1.0813, 0.3285, -0.4565, 2.5973, 0.5243, 1.7509, -0.2953, 0.2354, 0.4555, 0.3401, -2.7027, 1.4164, -2.3081, -3.5534];

    private static readonly double[] s_manyArticles = [1.3858, 1.3858, 2.1804, 1.1513, -0.4215, -1.5457, -0.2592, 0.0052, 2.0807, 1.6013, 0.6168, -1.9307, 0.1780, -0.0617, -0.0552, 0.0315, 0.0741, 0.1397, -0.1211, -0.0444, 0.0159, -1.7776, -0.0821, -2.5745, -6.9969];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
