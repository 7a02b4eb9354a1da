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

    private static readonly double[] s_everySetting = [0.7007, 0.7592, 0.7062, 0.2685, 0.2735, -1.4590, 0.0133, 0.1084, 2.1446, 1.2144, -0.3995, 0.4542, 0.0970, -0.3868, 1.9735, 0.9621, 1.5220, 0.3551, 0.0856, 0.1831, 0.5299, -1.5219, 2.7777, -1.9704, 2.3407, 1.9240, 1.2330, 1.7172, -0.7346, -0.5301, 1.0637, 0.8808, -1.4607, -7.1352];

    private static readonly double[] s_manyArticles = [0.5814, 0.8107, 1.2178, 0.7551, 1.0550, -1.4553, -0.4106, -0.0018, 2.5663, 1.4988, 0.5564, -1.0588, -0.3056, 0.0429, -0.0517, -0.0067, 0.0341, 0.0878, -0.1405, -0.0416, 0.0254, -1.0836, -0.0431, -2.2500, 2.4679, 0.1841, 1.0970, 0.0478, 0.0000, 0.0000, 0.7551, -0.1405, 0.0041, -8.4227];

    public static double Probability(double[] features, int articlesInView) =>
        1 / (1 + Math.Exp(-TensorPrimitives.Dot<double>(articlesInView <= FewArticles ? s_everySetting : s_manyArticles, features)));
}
