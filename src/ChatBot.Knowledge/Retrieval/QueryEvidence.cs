using System.Buffers;

namespace ChatBot.Knowledge;

/// <summary>
/// The raw evidence for one question over the candidate paragraphs of a snapshot: BM25 scores of
/// paragraphs and sentences (0 where Lucene did not match) and cosine similarities of paragraphs and
/// sentences. Sentence arrays use snapshot-wide sentence numbers; they are pooled, and may be longer than the
/// snapshot's tables (the entries past them are zero).
/// </summary>
internal sealed class QueryEvidence
{
    public required KnowledgeSnapshot Snapshot { get; init; }

    /// <summary>No embedding could be had yet (the model is loading): rank by BM25 alone.</summary>
    public bool LexicalOnly { get; init; }

    /// <summary>Passage indexes that may be returned (all, or one article's).</summary>
    public required int[] Candidates { get; init; }

    /// <summary>
    /// Passage indexes whose <see cref="PassageSemantic"/> was computed: every candidate with a vector, before a large
    /// corpus narrows <see cref="Candidates"/> to the paragraphs whose sentences are scanned.
    /// </summary>
    public required int[] SemanticallyScored { get; init; }

    /// <summary>The question's distinct analyzed terms.</summary>
    public required string[] Terms { get; init; }

    /// <summary>The question's adjacent analyzed term pairs.</summary>
    public required string[] Bigrams { get; init; }

    /// <summary><see cref="Terms"/> and <see cref="Bigrams"/> as ids of the passages' vocabulary.</summary>
    public required QueryTermIds PassageTermIds { get; init; }

    /// <summary><see cref="Terms"/> and <see cref="Bigrams"/> as ids of the sentences' vocabulary.</summary>
    public required QueryTermIds SentenceTermIds { get; init; }

    public required float[] PassageLexical { get; init; }

    public required float[] SentenceLexical { get; init; }

    public required float[] PassageSemantic { get; init; }

    public required float[] SentenceSemantic { get; init; }

    public float MaxPassageLexical { get; init; }

    public float MaxSentenceLexical { get; init; }

    public float MaxPassageSemantic { get; init; }

    public float MaxSentenceSemantic { get; init; }

    /// <summary>Returns the score arrays to the pool they were rented from; the evidence is not used after this.</summary>
    public void Release()
    {
        ArrayPool<float>.Shared.Return(PassageLexical);
        ArrayPool<float>.Shared.Return(SentenceLexical);
        ArrayPool<float>.Shared.Return(PassageSemantic);
        ArrayPool<float>.Shared.Return(SentenceSemantic);
    }
}
