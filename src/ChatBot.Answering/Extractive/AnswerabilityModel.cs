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

    private static readonly double[] s_everySetting = [0.6541, 0.7648, 0.7728, 0.8384, 0.2542, -1.5242, 0.1275, 0.0510, 2.1015, 1.2192, -0.6230, 0.4946, 0.4337, -0.3412, 2.0394, 0.8926, 1.5590, 0.4042, 0.5462, 0.2616, 0.4638, -1.7182, 2.6712, -1.9969, 2.4299, 2.0567, 1.2440, 1.7717, -1.3893, -0.8804, -6.9965];

    private static readonly double[] s_manyArticles = [0.6956, 0.8139, 1.2380, 1.1855, 1.0633, -1.4574, -0.3448, -0.0045, 2.5470, 1.5088, 0.5157, -1.0682, -0.1419, 0.0579, -0.0520, 0.0008, 0.0344, 0.0917, -0.1143, -0.0353, 0.0252, -1.0879, -0.0424, -2.2612, 2.4647, 0.1848, 1.0901, 0.0470, 0.0000, 0.0000, -8.4354];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
