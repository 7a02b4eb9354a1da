namespace ChatBot.Knowledge;

/// <summary>Runs the lexical and vector searches for a question and gathers their scores per paragraph and sentence.</summary>
internal sealed class EvidenceCollector(QueryEmbedder queryEmbedder)
{
    private const int MaxLexicalPassages = 100;
    private const int MaxLexicalSentences = 300;

    public async Task<QueryEvidence> CollectAsync(KnowledgeSnapshot snapshot, string question, string? articleId, CancellationToken cancellationToken)
    {
        var vector = await queryEmbedder.EmbedAsync(question, cancellationToken);
        var candidates = articleId is null
            ? Enumerable.Range(0, snapshot.Passages.Count).ToArray()
            : Enumerable.Range(0, snapshot.Passages.Count).Where(i => snapshot.Passages[i].Article.Id.Equals(articleId, StringComparison.OrdinalIgnoreCase)).ToArray();

        var analyzed = snapshot.PassageLexical.Analyze(question);
        var terms = analyzed.Distinct(StringComparer.Ordinal).ToArray();
        var passageLexical = new float[snapshot.Passages.Count];
        var sentenceLexical = new float[snapshot.SentenceSpans.Length];
        var maxPassageLexical = 0f;
        var maxSentenceLexical = 0f;
        foreach (var hit in snapshot.PassageLexical.Search(terms, MaxLexicalPassages, articleId))
        {
            passageLexical[hit.Index] = hit.Score;
            maxPassageLexical = Math.Max(maxPassageLexical, hit.Score);
        }

        foreach (var hit in snapshot.SentenceLexical.Search(terms, MaxLexicalSentences, articleId))
        {
            sentenceLexical[hit.Index] = hit.Score;
            maxSentenceLexical = Math.Max(maxSentenceLexical, hit.Score);
        }

        var passageSemantic = new float[snapshot.Passages.Count];
        var sentenceSemantic = new float[snapshot.SentenceSpans.Length];
        var maxPassageSemantic = float.MinValue;
        var maxSentenceSemantic = float.MinValue;
        foreach (var p in candidates)
        {
            var passage = snapshot.Passages[p];
            passageSemantic[p] = System.Numerics.Tensors.TensorPrimitives.Dot(vector, snapshot.PassageVectors[p]);
            maxPassageSemantic = Math.Max(maxPassageSemantic, passageSemantic[p]);
            var sentences = sentenceSemantic.AsSpan(passage.FirstSentence, passage.SentenceCount);
            snapshot.SentenceVectors.Similarities(vector, passage.FirstSentence, sentences);
            maxSentenceSemantic = Math.Max(maxSentenceSemantic, System.Numerics.Tensors.TensorPrimitives.Max(sentences));
        }

        return new QueryEvidence
        {
            Snapshot = snapshot,
            Candidates = candidates,
            Terms = terms,
            Bigrams = [.. SnapshotBuilder.Bigrams(analyzed)],
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
}
