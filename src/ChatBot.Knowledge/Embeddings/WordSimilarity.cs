using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="IWordSimilarity"/> over all-MiniLM-L6-v2 (<see cref="MiniLmModel"/>). Words are embedded in batches the
/// first time they are compared and kept, scaled to unit length so a comparison is one dot product: the words compared
/// are the retrieved paragraphs', so an article's vocabulary is embedded once, a little per question, and never the
/// archive's at start. Every turn reads the vectors of a few hundred words, so they sit in a lock-free map rather than
/// a least-recently-used list; once full, new words are embedded but not kept (the scores are the same either way).
/// </summary>
internal sealed class WordSimilarity(MiniLmModel model) : IWordSimilarity
{
    /// <summary>About 60 MB of vectors: the vocabulary of the articles a deployment's users read.</summary>
    private const int CachedWords = 40_000;

    private const int BatchSize = 64;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<float[]>> CompareAsync(IReadOnlyList<string> words, IReadOnlyList<string> others, CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var word in words.Concat(others).Distinct(StringComparer.Ordinal))
        {
            if (_vectors.TryGetValue(word, out var cached))
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
                var unit = encoded[i];
                TensorPrimitives.Divide(unit, TensorPrimitives.Norm(unit), unit);
                vectors[missing[i]] = unit;
                if (_vectors.Count < CachedWords)
                {
                    _vectors.TryAdd(missing[i], unit);
                }
            }
        }

        var targets = others.Select(o => vectors[o]).ToArray();
        return words.Select(w =>
        {
            var asked = vectors[w];
            return targets.Select(t => TensorPrimitives.Dot(asked, t)).ToArray();
        }).ToList();
    }
}
