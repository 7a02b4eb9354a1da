using System.Buffers;

namespace ChatBot.Knowledge;

/// <summary>
/// Runs the lexical and vector searches for a question and gathers their scores per paragraph and sentence. While the
/// snapshot is still being embedded, the paragraphs with vectors are the candidates, and the question's best lexical
/// matches are embedded on the spot if the background has not reached them; before the model has loaded at all,
/// the evidence is lexical only.
/// </summary>
internal sealed class EvidenceCollector(QueryEmbedder queryEmbedder, SnapshotEmbedder snapshotEmbedder)
{
    /// <summary>Paragraphs a question may have embedded for itself on a partial index (a few hundred ms of model time at most).</summary>
    private const int MaxOnDemandPassages = 6;

    private const int MaxLexicalPassages = 100;
    private const int MaxLexicalSentences = 300;

    /// <summary>Above this many candidate paragraphs, only the likely ones get the sentence-level vector scan.</summary>
    private const int SentenceScanAllUpTo = 2_000;

    /// <summary>How many paragraphs, by paragraph-vector similarity, get the sentence-level scan in a large corpus.</summary>
    private const int MaxSemanticPassages = 300;

    public async Task<QueryEvidence> CollectAsync(KnowledgeSnapshot snapshot, string question, string? articleId, CancellationToken cancellationToken)
    {
        var candidates = articleId is null
            ? Enumerable.Range(0, snapshot.Passages.Count).ToArray()
            : Enumerable.Range(0, snapshot.Passages.Count).Where(i => snapshot.Passages[i].Article.Id.Equals(articleId, StringComparison.OrdinalIgnoreCase)).ToArray();

        var analyzed = snapshot.PassageLexical.Analyze(question);
        var terms = analyzed.Distinct(StringComparer.Ordinal).ToArray();
        var passageLexical = Rent(snapshot.Passages.Count);
        var sentenceLexical = Rent(snapshot.SentenceSpans.Length);
        var maxPassageLexical = 0f;
        var maxSentenceLexical = 0f;
        var passageHits = snapshot.PassageLexical.Search(terms, MaxLexicalPassages, articleId);
        foreach (var hit in passageHits)
        {
            passageLexical[hit.Index] = hit.Score;
            maxPassageLexical = Math.Max(maxPassageLexical, hit.Score);
        }

        var sentenceHits = snapshot.SentenceLexical.Search(terms, MaxLexicalSentences, articleId);
        foreach (var hit in sentenceHits)
        {
            sentenceLexical[hit.Index] = hit.Score;
            maxSentenceLexical = Math.Max(maxSentenceLexical, hit.Score);
        }

        float[] vector;
        var lexicalOnly = false;
        if (snapshot.IsComplete)
        {
            vector = await queryEmbedder.EmbedAsync(question, cancellationToken);
        }
        else if (queryEmbedder.IsModelLoaded)
        {
            await snapshotEmbedder.EnsureAsync(snapshot, BestLexicalWithoutVectors(snapshot, passageHits, sentenceHits), cancellationToken);
            vector = await queryEmbedder.EmbedAsync(question, cancellationToken);
            candidates = Array.FindAll(candidates, snapshot.PassageVectors.Has);
        }
        else
        {
            // The model is still loading (the first seconds after start): BM25 alone ranks the paragraphs it matched.
            vector = new float[snapshot.SentenceVectors.Dimensions];
            lexicalOnly = true;
            var matched = passageHits.Select(h => h.Index).Concat(sentenceHits.Select(h => snapshot.SentenceOwners[h.Index])).ToHashSet();
            candidates = Array.FindAll(candidates, matched.Contains);
        }

        var passageSemantic = Rent(snapshot.Passages.Count);
        var sentenceSemantic = Rent(snapshot.SentenceSpans.Length);
        var maxPassageSemantic = float.MinValue;
        var maxSentenceSemantic = float.MinValue;
        foreach (var p in candidates)
        {
            passageSemantic[p] = System.Numerics.Tensors.TensorPrimitives.Dot(vector, snapshot.PassageVectors[p]);
            maxPassageSemantic = Math.Max(maxPassageSemantic, passageSemantic[p]);
        }

        var semanticallyScored = candidates;
        candidates = ForSentenceScan(snapshot, candidates, passageSemantic, passageLexical, sentenceLexical);
        foreach (var p in candidates)
        {
            var passage = snapshot.Passages[p];
            var sentences = sentenceSemantic.AsSpan(passage.FirstSentence, passage.SentenceCount);
            snapshot.SentenceVectors.Similarities(vector, passage.FirstSentence, sentences);
            maxSentenceSemantic = Math.Max(maxSentenceSemantic, System.Numerics.Tensors.TensorPrimitives.Max(sentences));
        }

        return new QueryEvidence
        {
            Snapshot = snapshot,
            LexicalOnly = lexicalOnly,
            Candidates = candidates,
            SemanticallyScored = semanticallyScored,
            Terms = terms,
            Bigrams = [.. SnapshotBuilder.Bigrams(analyzed)],
            PassageTermIds = snapshot.PassageTerms.Lookup(analyzed),
            SentenceTermIds = snapshot.SentenceTerms.Lookup(analyzed),
            PassageLexical = passageLexical,
            SentenceLexical = sentenceLexical,
            PassageSemantic = passageSemantic,
            SentenceSemantic = sentenceSemantic,
            MaxPassageLexical = maxPassageLexical,
            MaxSentenceLexical = maxSentenceLexical,
            MaxPassageSemantic = candidates.Length == 0 ? 0 : maxPassageSemantic,
            MaxSentenceSemantic = candidates.Length == 0 ? 0 : maxSentenceSemantic,
        };
    }

    /// <summary>
    /// A zeroed array of at least <paramref name="length"/> from the shared pool (<see cref="QueryEvidence.Release"/>
    /// gives it back): these are as long as the archive (45,753 sentences at 2,500 articles), so allocating them per
    /// question filled the large-object heap and made full garbage collections of the whole index frequent.
    /// </summary>
    private static float[] Rent(int length)
    {
        var array = ArrayPool<float>.Shared.Rent(Math.Max(length, 1));
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>The question's best lexical paragraphs (by their own score, then by their sentences') that have no vector yet.</summary>
    private static IEnumerable<int> BestLexicalWithoutVectors(KnowledgeSnapshot snapshot, IReadOnlyList<LexicalHit> passageHits, IReadOnlyList<LexicalHit> sentenceHits) =>
        passageHits.Take(MaxOnDemandPassages).Select(h => h.Index)
            .Concat(sentenceHits.Take(MaxOnDemandPassages / 2).Select(h => snapshot.SentenceOwners[h.Index]))
            .Distinct()
            .Where(p => !snapshot.PassageVectors.Has(p))
            .Take(MaxOnDemandPassages);

    /// <summary>
    /// The paragraphs whose sentences are compared with the question, and which are ranked. Up to
    /// <see cref="SentenceScanAllUpTo"/> paragraphs that is all of them. Beyond it the sentence vectors (384 floats
    /// each, about 100 MB for 1,000 news articles) are too many to read for every question, so only paragraphs with
    /// evidence are scanned and ranked: the <see cref="MaxSemanticPassages"/> closest by paragraph vector (the mean of
    /// its sentences', so a paragraph with one close sentence stays close), and every paragraph with a lexical hit of
    /// its own or in one of its sentences. A paragraph with neither could not rank in the top few anyway.
    /// </summary>
    private static int[] ForSentenceScan(KnowledgeSnapshot snapshot, int[] candidates, float[] passageSemantic, float[] passageLexical, float[] sentenceLexical)
    {
        if (candidates.Length <= SentenceScanAllUpTo)
        {
            return candidates;
        }

        var chosen = new HashSet<int>();
        var closest = new PriorityQueue<int, float>(MaxSemanticPassages + 1);
        foreach (var p in candidates)
        {
            // Most paragraphs are no closer than the farthest kept so far: passed over without touching the heap.
            if (closest.Count < MaxSemanticPassages)
            {
                closest.Enqueue(p, passageSemantic[p]);
            }
            else if (closest.TryPeek(out _, out var farthest) && passageSemantic[p] >= farthest)
            {
                closest.Enqueue(p, passageSemantic[p]);
                closest.Dequeue();
            }

            if (passageLexical[p] > 0)
            {
                chosen.Add(p);
            }
        }

        while (closest.TryDequeue(out var p, out _))
        {
            chosen.Add(p);
        }

        var allowed = candidates.Length == snapshot.Passages.Count ? null : candidates.ToHashSet();
        for (var s = 0; s < snapshot.SentenceSpans.Length; s++)
        {
            if (sentenceLexical[s] > 0 && (allowed is null || allowed.Contains(snapshot.SentenceOwners[s])))
            {
                chosen.Add(snapshot.SentenceOwners[s]);
            }
        }

        var result = chosen.ToArray();
        Array.Sort(result);
        return result;
    }
}
