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

    private static readonly double[] s_everySetting = [0.7847, 0.7684, 0.6577, 0.0940, 0.2797, -1.4503, -0.0584, 0.0563, 2.1509, 1.2187, -0.3737, 0.4369, 0.0183, -0.4023, 1.9383, 0.9977, 1.5377, 0.3325, -0.0199, 0.1356, 0.5249, -1.4362, 2.7161, -2.0020, 2.3383, 1.9641, 1.2267, 1.6959, -0.7266, -0.5298, 1.3798, 1.0106, -1.4029, -7.2115];

    private static readonly double[] s_manyArticles = [0.6911, 0.7741, 1.1746, 0.4745, 1.0370, -1.4222, -0.4673, -0.0276, 2.5791, 1.4954, 0.5932, -1.0388, -0.3896, 0.0378, -0.0515, -0.0083, 0.0315, 0.0833, -0.1637, -0.0441, 0.0255, -1.0662, -0.0440, -2.2835, 2.4281, 0.1815, 1.0986, 0.0475, 0.0000, 0.0000, 1.1842, -0.1435, 0.0027, -8.4387];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
