namespace ChatBot.Knowledge;

/// <summary>
/// The features the fusion combines. Lexical scores are divided by the question's best BM25 score
/// (BM25 has no fixed scale); cosine similarities are kept raw, which keeps the fused score comparable
/// across questions, and also given relative to the question's best match.
/// </summary>
internal static class FusionFeatures
{
    public static readonly string[] PassageNames =
    [
        "lexical_paragraph", "lexical_best_sentence", "semantic_paragraph", "semantic_best_sentence",
        "semantic_top2_sentences", "semantic_paragraph_gap", "semantic_best_sentence_gap", "lexical_paragraph_top",
    ];

    public static readonly string[] SentenceNames =
    [
        "lexical_sentence", "semantic_sentence", "lexical_sentence_gap_in_paragraph", "semantic_sentence_gap_in_paragraph",
    ];

    public static double[] ForPassage(QueryEvidence evidence, int p)
    {
        var passage = evidence.Snapshot.Passages[p];
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

        var lexicalParagraph = Relative(evidence.PassageLexical[p], evidence.MaxPassageLexical);
        return
        [
            lexicalParagraph,
            Relative(System.Numerics.Tensors.TensorPrimitives.Max(lexicalSentences), evidence.MaxSentenceLexical),
            evidence.PassageSemantic[p],
            best,
            (best + second) / 2,
            evidence.PassageSemantic[p] - evidence.MaxPassageSemantic,
            best - evidence.MaxSentenceSemantic,
            lexicalParagraph >= 1 ? 1 : 0,
        ];
    }

    public static double[] ForSentence(QueryEvidence evidence, int p, int sentence)
    {
        var passage = evidence.Snapshot.Passages[p];
        var lexicalSentences = evidence.SentenceLexical.AsSpan(passage.FirstSentence, passage.SentenceCount);
        var semanticSentences = evidence.SentenceSemantic.AsSpan(passage.FirstSentence, passage.SentenceCount);
        var lexical = Relative(evidence.SentenceLexical[sentence], evidence.MaxSentenceLexical);
        return
        [
            lexical,
            evidence.SentenceSemantic[sentence],
            lexical - Relative(System.Numerics.Tensors.TensorPrimitives.Max(lexicalSentences), evidence.MaxSentenceLexical),
            evidence.SentenceSemantic[sentence] - System.Numerics.Tensors.TensorPrimitives.Max(semanticSentences),
        ];
    }

    private static double Relative(float score, float max) => max > 0 ? score / max : 0;
}
