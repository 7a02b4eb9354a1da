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

    private static readonly double[] s_everySetting = [0.6571, 0.7740, 0.8021, 0.8514, -1.4783, -1.6655, 0.3243, -0.0894, 2.1221, 1.0766, -1.2511, -0.9999, 0.2037, -0.3894, 2.6885, 0.3887, 1.5082, -0.4788, 0.2123, 0.4492, 0.2737, -2.5809, 1.4217, -2.2361, 2.4325, 1.1294, -3.4944];

    private static readonly double[] s_manyArticles = [0.8900, 0.7601, 1.4518, 1.1196, -0.4833, -1.6340, -0.1664, 0.0023, 2.0924, 1.6600, 0.3128, -1.8464, 0.0765, -0.0042, -0.0572, -0.0111, 0.0244, 0.0744, -0.1318, -0.0383, 0.0162, -1.7114, -0.0609, -2.4967, 2.3445, 0.1621, -6.6386];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
