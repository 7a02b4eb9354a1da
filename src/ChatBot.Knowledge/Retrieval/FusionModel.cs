namespace ChatBot.Knowledge;

/// <summary>
/// The learned fusion of <see cref="FusionFeatures"/>, fitted by <c>tools/ChatBot.Evaluation tune</c> on the tune
/// split of the SQuAD sample (the test split was never used), for the ArcticXs model:
/// <list type="bullet">
/// <item>a ranking score per paragraph (conditional logit: softmax over all candidate paragraphs, gold paragraph as target);</item>
/// <item>a confidence per returned paragraph: logistic regression on its margin to the best candidate and on absolute
/// evidence (cosine, term and phrase coverage), fitted on the top 5 of every question, unanswerable ones included, so it
/// estimates P(this paragraph answers the question), 0..1 and comparable across questions;</item>
/// <item>a ranking score per sentence within a paragraph (target: the sentence holds a gold answer), fitted the same way and then
/// refined by coordinate search on the share of top sentences that hold an answer.</item>
/// </list>
/// Features that differ only by a per-question constant (raw and gap) share their weight in the ranking scores;
/// only the confidence model tells them apart.
/// </summary>
internal static class FusionModel
{
    private static readonly double[] _passageWeights = [2.0494, 0.3525, -1.1945, 20.1755, 0.9397, -1.1945, 20.1755, 2.0620, 3.0239, 1.9882, 5.1311, 0.8127];

    // margin, semantic_best_sentence, coverage_paragraph, coverage_best_sentence, phrase_best_sentence, lexical_paragraph, bias
    private static readonly double[] _confidenceWeights = [1.0190, 8.3666, -1.4873, 1.8841, 0.6153, 1.7171, -8.2085];

    private static readonly double[] _sentenceWeights = [0.0000, 7.6719, 0.2713, 7.6719, 4.3426, 3.3426, -1.2827, -0.1540, -0.1540];

    /// <summary>Orders paragraphs; only differences between candidates of one question matter.</summary>
    public static double RankPassage(RetrievalMode mode, double[] features) => mode switch
    {
        RetrievalMode.Lexical => features[0],
        RetrievalMode.Semantic => features[3],
        _ => Dot(_passageWeights, features),
    };

    /// <summary>The paragraph's score for callers: in hybrid mode the calibrated probability that it answers the question.</summary>
    public static double Confidence(RetrievalMode mode, double rank, double bestRank, double[] features)
    {
        if (mode != RetrievalMode.Hybrid)
        {
            return rank;
        }

        double[] calibration = [rank - bestRank, features[3], features[7], features[8], features[11], features[0]];
        return Sigmoid(_confidenceWeights[^1] + Dot(_confidenceWeights, calibration));
    }

    public static double ScoreSentence(RetrievalMode mode, double[] features) => mode switch
    {
        RetrievalMode.Lexical => features[0],
        RetrievalMode.Semantic => features[1],
        _ => Sigmoid(Dot(_sentenceWeights, features)),
    };

    private static double Dot(double[] weights, double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += weights[i] * features[i];
        }

        return sum;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
