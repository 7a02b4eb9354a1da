using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>A fast, deterministic stand-in for the ONNX model: hashed bag of lower-cased words, unit length.</summary>
internal sealed partial class HashingEmbedder : ITextEmbedder
{
    public string ModelName => "hashing-bag-of-words";

    public int Dimensions => 512;

    public Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken) => Task.FromResult(Embed(text));

    public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>>([.. texts.Select(Embed)]);

    private float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            var hash = 2166136261u;
            foreach (var c in word.Value)
            {
                hash = (hash ^ c) * 16777619u;
            }

            vector[hash % (uint)Dimensions] += 1;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
