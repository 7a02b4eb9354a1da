using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

/// <summary>
/// The features the fusion combines. BM25 scores are divided by the question's best BM25 score (BM25 has
/// no fixed scale); cosine similarities are kept raw, which keeps the fused score comparable across
/// questions, and also given relative to the question's best match. Coverage is the share of the
/// question's (stemmed) terms that the text contains.
/// </summary>
internal static class FusionFeatures
{
    public static readonly string[] PassageNames =
    [
        "lexical_paragraph", "lexical_best_sentence", "semantic_paragraph", "semantic_best_sentence",
        "semantic_top2_sentences", "semantic_paragraph_gap", "semantic_best_sentence_gap", "coverage_paragraph",
        "coverage_best_sentence", "lexical_x_semantic", "phrase_paragraph", "phrase_best_sentence",
    ];

    public static readonly string[] SentenceNames =
    [
        "lexical_sentence", "semantic_sentence", "lexical_sentence_gap", "semantic_sentence_gap",
        "coverage_sentence", "coverage_sentence_gap", "first_sentence", "phrase_sentence", "phrase_sentence_gap",
    ];

    public static double[] ForPassage(QueryEvidence evidence, int p)
    {
        var snapshot = evidence.Snapshot;
        var passage = snapshot.Passages[p];
        var lexicalSentences = evidence.SentenceLexical.AsSpan(passage.FirstSentence, passage.SentenceCount);
        var semanticSentences = evidence.SentenceSemantic.AsSpan(passage.FirstSentence, passage.SentenceCount);
        var best = float.MinValue;
        var second = float.MinValue;
        foreach (var s in semanticSentences)
        {
            if (s > best)
            {
                second = best;
                best = s;
            }
            else if (s > second)
            {
                second = s;
            }
        }

        if (second == float.MinValue)
        {
            second = best;
        }

        var (bestCoverage, bestPhrase) = BestSentenceMatch(evidence, passage);
        var lexicalParagraph = Relative(evidence.PassageLexical[p], evidence.MaxPassageLexical);
        return
        [
            lexicalParagraph,
            Relative(TensorPrimitives.Max(lexicalSentences), evidence.MaxSentenceLexical),
            evidence.PassageSemantic[p],
            best,
            (best + second) / 2,
            evidence.PassageSemantic[p] - evidence.MaxPassageSemantic,
            best - evidence.MaxSentenceSemantic,
            Coverage(snapshot.PassageTerms.CountTerms(p, evidence.PassageTermIds), evidence.Terms.Length),
            bestCoverage,
            lexicalParagraph * best,
            Coverage(snapshot.PassageTerms.CountPairs(p, evidence.PassageTermIds), evidence.Bigrams.Length),
            bestPhrase,
        ];
    }

    /// <summary>The features of each sentence of passage <paramref name="p"/>, in text order; the passage's bests are computed once.</summary>
    public static double[][] ForSentences(QueryEvidence evidence, int p)
    {
        var snapshot = evidence.Snapshot;
        var passage = snapshot.Passages[p];
        var bestLexical = Relative(TensorPrimitives.Max(evidence.SentenceLexical.AsSpan(passage.FirstSentence, passage.SentenceCount)), evidence.MaxSentenceLexical);
        var bestSemantic = TensorPrimitives.Max(evidence.SentenceSemantic.AsSpan(passage.FirstSentence, passage.SentenceCount));
        var (bestCoverage, bestPhrase) = BestSentenceMatch(evidence, passage);
        var features = new double[passage.SentenceCount][];
        for (var i = 0; i < features.Length; i++)
        {
            var sentence = passage.FirstSentence + i;
            var lexical = Relative(evidence.SentenceLexical[sentence], evidence.MaxSentenceLexical);
            var coverage = Coverage(snapshot.SentenceTerms.CountTerms(sentence, evidence.SentenceTermIds), evidence.Terms.Length);
            var phrase = Coverage(snapshot.SentenceTerms.CountPairs(sentence, evidence.SentenceTermIds), evidence.Bigrams.Length);
            features[i] =
            [
                lexical,
                evidence.SentenceSemantic[sentence],
                lexical - bestLexical,
                evidence.SentenceSemantic[sentence] - bestSemantic,
                coverage,
                coverage - bestCoverage,
                i == 0 ? 1 : 0,
                phrase,
                phrase - bestPhrase,
            ];
        }

        return features;
    }

    /// <summary>The highest term coverage and phrase coverage among the passage's sentences.</summary>
    private static (double Coverage, double Phrase) BestSentenceMatch(QueryEvidence evidence, PassageEntry passage)
    {
        var snapshot = evidence.Snapshot;
        var bestCoverage = 0.0;
        var bestPhrase = 0.0;
        for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
        {
            bestCoverage = Math.Max(bestCoverage, Coverage(snapshot.SentenceTerms.CountTerms(s, evidence.SentenceTermIds), evidence.Terms.Length));
            bestPhrase = Math.Max(bestPhrase, Coverage(snapshot.SentenceTerms.CountPairs(s, evidence.SentenceTermIds), evidence.Bigrams.Length));
        }

        return (bestCoverage, bestPhrase);
    }

    /// <summary>The share of the question's terms (or pairs) that the text holds.</summary>
    private static double Coverage(int found, int asked) => asked == 0 ? 0 : found / (double)asked;

    private static double Relative(float score, float max) => max > 0 ? score / max : 0;
}
