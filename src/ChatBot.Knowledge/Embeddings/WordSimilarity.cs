using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="IWordSimilarity"/> over all-MiniLM-L6-v2 (<see cref="MiniLmModel"/>). Words are embedded in batches the
/// first time they are compared and kept: the words compared are the retrieved paragraphs', so an article's vocabulary
/// is embedded once, a little per question, and never the archive's at start.
/// </summary>
internal sealed class WordSimilarity(MiniLmModel model) : IWordSimilarity
{
    /// <summary>About 60 MB of vectors: the vocabulary of the articles a deployment's users read.</summary>
    private const int CachedWords = 40_000;

    private const int BatchSize = 64;

    private readonly QueryEmbeddingCache _vectors = new(CachedWords);

    public async Task<IReadOnlyList<float[]>> CompareAsync(IReadOnlyList<string> words, IReadOnlyList<string> others, CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var word in words.Concat(others).Distinct(StringComparer.Ordinal))
        {
            if (_vectors.TryGet(word, out var cached))
            {
                vectors[word] = cached;
            }
            else
            {
                missing.Add(word);
            }
        }

        if (missing.Count > 0)
        {
            var encoded = await model.EncodeAsync(missing, BatchSize, cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                vectors[missing[i]] = encoded[i];
                _vectors.Add(missing[i], encoded[i]);
            }
        }

        return words.Select(w => others.Select(o => TensorPrimitives.CosineSimilarity(vectors[w], vectors[o])).ToArray()).ToList();
    }
}
