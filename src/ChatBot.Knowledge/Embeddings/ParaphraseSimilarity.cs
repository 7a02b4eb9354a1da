using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="IParaphraseSimilarity"/> over all-MiniLM-L6-v2 (<see cref="MiniLmModel"/>). Recent texts' vectors are
/// kept: a conversation quotes the same sentences again, and suggestion checks ask the same questions.
/// </summary>
internal sealed class ParaphraseSimilarity(MiniLmModel model) : IParaphraseSimilarity
{
    private const int CachedTexts = 4096;

    private readonly QueryEmbeddingCache _vectors = new(CachedTexts);

    public async Task<IReadOnlyList<double>> ScoreAsync(string question, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        if (sentences.Count == 0)
        {
            return [];
        }

        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var text in sentences.Prepend(question))
        {
            if (vectors.ContainsKey(text) || missing.Contains(text, StringComparer.Ordinal))
            {
                continue;
            }

            if (_vectors.TryGet(text, out var cached))
            {
                vectors[text] = cached;
            }
            else
            {
                missing.Add(text);
            }
        }

        var encoded = missing.Count == 0 ? [] : await model.EncodeAsync(missing, batchSize: 1, cancellationToken);
        for (var i = 0; i < missing.Count; i++)
        {
            vectors[missing[i]] = encoded[i];
            _vectors.Add(missing[i], encoded[i]);
        }

        var asked = vectors[question];
        return sentences.Select(s => (double)TensorPrimitives.CosineSimilarity(asked, vectors[s])).ToList();
    }
}
