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

    private static readonly double[] s_everySetting = [0.6335, 0.7115, 0.8082, 0.7966, -1.3808, -1.6560, 0.4599, -0.0545, 2.0673, 1.1328, -1.2801, -0.9944, 0.1952, -0.3914, 2.3696, 0.2454, 1.2346, -0.5662, 0.1279, 0.4434, 0.2383, -2.5171, 1.2911, -2.2275, 2.4253, 0.9796, 1.3653, 1.8060, -4.4593];

    private static readonly double[] s_manyArticles = [0.8825, 0.7936, 1.4751, 1.0120, -0.4473, -1.6387, 0.0173, 0.0668, 2.0833, 1.6684, 0.2350, -1.8320, 0.0257, 0.0111, -0.0575, -0.0193, 0.0159, 0.0581, -0.1299, -0.0371, 0.0206, -1.6890, -0.0567, -2.4864, 2.3845, 0.1441, 1.0126, 0.0330, -7.2183];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
