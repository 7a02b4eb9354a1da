using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

internal sealed class SentenceSimilarity(KnowledgeBase knowledgeBase, QueryEmbedder queryEmbedder) : ISentenceSimilarity
{
    public Task PrepareAsync(IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return queryEmbedder.PrepareAsync(queries.Where(q => !string.IsNullOrWhiteSpace(q)).ToList(), cancellationToken);
    }

    public async Task<IReadOnlyList<double?>> ScoreAsync(string query, IReadOnlyList<SentenceReference> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        await knowledgeBase.WaitUntilReadyAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(query) || sentences.Count == 0)
        {
            return new double?[sentences.Count];
        }

        var snapshot = knowledgeBase.Current!;
        if (!snapshot.IsComplete && !queryEmbedder.IsModelLoaded)
        {
            return new double?[sentences.Count]; // no vectors to compare with yet, and a question must not wait for the model
        }

        var vector = await queryEmbedder.EmbedAsync(query, cancellationToken);
        return sentences.Select(s => Similarity(snapshot, vector, s)).ToList();
    }

    /// <summary>
    /// The query's similarity to an indexed sentence, or to the closest of the consecutive sentences a longer span
    /// covers exactly (a story's own question quoted with its answer).
    /// </summary>
    private static double? Similarity(KnowledgeSnapshot snapshot, float[] vector, SentenceReference sentence)
    {
        if (!snapshot.SentenceIndex.TryGetValue((sentence.ArticleId, sentence.Span.Start), out var row))
        {
            return null;
        }

        double? best = null;
        var end = sentence.Span.Start;
        for (var r = row; r < snapshot.SentenceSpans.Length && snapshot.SentenceSpans[r].Start >= end && snapshot.SentenceSpans[r].End <= sentence.Span.End; r++)
        {
            if (snapshot.Passages[snapshot.SentenceOwners[r]].Article.Id != sentence.ArticleId)
            {
                break;
            }

            if (!snapshot.SentenceVectors.Has(r))
            {
                return null;
            }

            var similarity = TensorPrimitives.Dot(vector, snapshot.SentenceVectors[r]);
            best = best is null ? similarity : Math.Max(best.Value, similarity);
            end = snapshot.SentenceSpans[r].End;
        }

        return end == sentence.Span.End ? best : null;
    }
}
