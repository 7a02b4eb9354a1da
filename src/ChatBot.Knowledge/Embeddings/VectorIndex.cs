using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

/// <summary>Unit-length vectors in one contiguous block; similarity to a query is a dot product per row.</summary>
internal sealed class VectorIndex
{
    private readonly float[] _matrix;

    public VectorIndex(IReadOnlyList<float[]> vectors, int dimensions)
    {
        Dimensions = dimensions;
        Count = vectors.Count;
        _matrix = new float[Count * dimensions];
        for (var i = 0; i < Count; i++)
        {
            vectors[i].AsSpan().CopyTo(_matrix.AsSpan(i * dimensions, dimensions));
        }
    }

    public int Dimensions { get; }

    public int Count { get; }

    public ReadOnlySpan<float> this[int row] => _matrix.AsSpan(row * Dimensions, Dimensions);

    /// <summary>Cosine similarity of <paramref name="query"/> (unit length) with rows [start, start + result.Length).</summary>
    public void Similarities(ReadOnlySpan<float> query, int start, Span<float> result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = TensorPrimitives.Dot(query, this[start + i]);
        }
    }

    /// <summary>The unit-length mean of some rows: a paragraph's vector from its sentences' vectors.</summary>
    public float[] NormalizedMean(int start, int count)
    {
        var mean = new float[Dimensions];
        for (var i = 0; i < count; i++)
        {
            TensorPrimitives.Add(mean, this[start + i], mean);
        }

        var norm = TensorPrimitives.Norm(mean);
        if (norm > 0)
        {
            TensorPrimitives.Divide(mean, norm, mean);
        }

        return mean;
    }
}
