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
        return sentences
            .Select(s => snapshot.SentenceIndex.TryGetValue((s.ArticleId, s.Span.Start), out var row) && snapshot.SentenceSpans[row] == s.Span && snapshot.SentenceVectors.Has(row)
                ? (double?)TensorPrimitives.Dot(vector, snapshot.SentenceVectors[row])
                : null)
            .ToList();
    }
}
