namespace ChatBot.Knowledge;

/// <summary>
/// Logistic combinations of <see cref="FusionFeatures"/>: the paragraph score is the estimated probability
/// that the paragraph answers the question (0..1, comparable across questions, so it can be thresholded);
/// the sentence score ranks sentences within a paragraph. Weights come from the evaluation tool's
/// <c>tune</c> command (see tools/ChatBot.Evaluation), fitted on the tune split of the SQuAD sample.
/// </summary>
internal static class FusionModel
{
    private static readonly double[] s_passageWeights = [3.0, 2.0, 2.0, 4.0, 0.0, 2.0, 6.0, 0.5];
    private const double PassageBias = -6.0;

    private static readonly double[] s_sentenceWeights = [1.0, 1.0, 0.5, 0.5];
    private const double SentenceBias = 0.0;

    public static double ScorePassage(RetrievalMode mode, double[] features) => mode switch
    {
        RetrievalMode.Lexical => features[0],
        RetrievalMode.Semantic => features[2],
        _ => Sigmoid(PassageBias + Dot(s_passageWeights, features)),
    };

    public static double ScoreSentence(RetrievalMode mode, double[] features) => mode switch
    {
        RetrievalMode.Lexical => features[0],
        RetrievalMode.Semantic => features[1],
        _ => Sigmoid(SentenceBias + Dot(s_sentenceWeights, features)),
    };

    private static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * features[i];
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
