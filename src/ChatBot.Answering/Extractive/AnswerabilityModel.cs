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

    private static readonly double[] s_everySetting = [0.7864, 0.7702, 0.6577, 0.0954, 0.2786, -1.4510, -0.0563, 0.0538, 2.1511, 1.2191, -0.3776, 0.4375, 0.0161, -0.4030, 1.9380, 0.9969, 1.5375, 0.3312, -0.0183, 0.1353, 0.5251, -1.4357, 2.7164, -2.0014, 2.3388, 1.9639, 1.2261, 1.6952, -0.7256, -0.5310, 1.3815, 1.0124, -1.3997, -7.2130];

    private static readonly double[] s_manyArticles = [0.6963, 0.7777, 1.1750, 0.4740, 1.0363, -1.4230, -0.4619, -0.0316, 2.5788, 1.4961, 0.5873, -1.0384, -0.3905, 0.0376, -0.0516, -0.0078, 0.0318, 0.0835, -0.1636, -0.0435, 0.0255, -1.0658, -0.0439, -2.2821, 2.4284, 0.1816, 1.0979, 0.0475, 0.0000, 0.0000, 1.1842, -0.1434, 0.0026, -8.3810];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
