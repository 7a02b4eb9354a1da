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

    private static readonly double[] s_everySetting = [0.7898, 0.7689, 0.6641, 0.0681, 0.2913, -1.5376, -0.0715, 0.1414, 2.1859, 1.2230, -0.3939, 0.4629, -0.0037, -0.4047, 1.9079, 0.9879, 1.5091, 0.2923, -0.0129, 0.1381, 0.5667, -1.4127, 2.7570, -2.0658, 2.2673, 1.9371, 1.2184, 1.6687, -0.7051, -0.4967, 1.4064, 1.0750, -1.4673, -0.7071, -7.1942];

    private static readonly double[] s_manyArticles = [0.7386, 0.7893, 1.1491, 0.3635, 1.0508, -1.5850, -0.5122, 0.0031, 2.5723, 1.5199, 0.5952, -1.0048, -0.4587, 0.0393, -0.0524, 0.0018, 0.0320, 0.0814, -0.1590, -0.0432, 0.0255, -1.0512, -0.0554, -2.3750, 2.3311, 0.1807, 1.1029, 0.0475, 0.0000, 0.0000, 1.3384, -0.1147, -0.0354, -0.5470, -8.4285];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
