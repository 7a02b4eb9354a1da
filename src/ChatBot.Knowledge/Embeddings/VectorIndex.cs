using System.Numerics.Tensors;

namespace ChatBot.Knowledge;

/// <summary>
/// Unit-length vectors in one contiguous block; similarity to a query is a dot product per row. Rows are filled in
/// once each, while queries run (the index is published before every sentence is embedded): a row is written, then
/// marked present, and readers look only at rows marked present, so a reader never sees a half-written vector.
/// </summary>
internal sealed class VectorIndex
{
    private readonly float[] _matrix;
    private readonly byte[] _present;
    private int _presentCount;

    public VectorIndex(int count, int dimensions)
    {
        Dimensions = dimensions;
        Count = count;
        _matrix = new float[count * dimensions];
        _present = new byte[count];
    }

    public VectorIndex(IReadOnlyList<float[]> vectors, int dimensions)
        : this(vectors.Count, dimensions)
    {
        for (var i = 0; i < Count; i++)
        {
            Set(i, vectors[i]);
        }
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>How many rows hold a vector.</summary>
    public int PresentCount => Volatile.Read(ref _presentCount);

    public bool IsComplete => PresentCount == Count;

    public ReadOnlySpan<float> this[int row] => _matrix.AsSpan(row * Dimensions, Dimensions);

    public bool Has(int row) => Volatile.Read(ref _present[row]) != 0;

    /// <summary>Fills a row (once; a second write of the same row is ignored, as both writers embedded the same text).</summary>
    public void Set(int row, ReadOnlySpan<float> vector)
    {
        lock (_present)
        {
            if (_present[row] != 0)
            {
                return;
            }

            vector.CopyTo(_matrix.AsSpan(row * Dimensions, Dimensions));
            Volatile.Write(ref _present[row], 1);
            _presentCount++;
        }
    }

    /// <summary>Cosine similarity of <paramref name="query"/> (unit length) with rows [start, start + result.Length).</summary>
    public void Similarities(ReadOnlySpan<float> query, int start, Span<float> result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = TensorPrimitives.Dot(query, this[start + i]);
        }
    }

    /// <summary>Whether rows [start, start + count) all hold a vector.</summary>
    public bool HasAll(int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!Has(i))
            {
                return false;
            }
        }

        return true;
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
