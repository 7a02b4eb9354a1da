using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Knowledge.Tests;

/// <summary>
/// A stand-in for the ONNX model: deterministic bag-of-words vectors (texts that share words are close), "loading"
/// until the test opens it, and optionally never finishing chosen batches (a build cut short, a busy background).
/// </summary>
internal sealed class GatedEmbeddingModel : IEmbeddingModel
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly List<string> _embedded = [];
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<int, bool> _stalls;
    private int _batches;

    /// <param name="stalls">Which batches (numbered from 0 in the order they are asked for) never finish.</param>
    public GatedEmbeddingModel(bool open = true, Func<int, bool>? stalls = null)
    {
        _stalls = stalls ?? (_ => false);
        if (open)
        {
            Open();
        }
    }

    public string ModelName => "gated-test-model";

    public int Dimensions => 64;

    public string QueryPrefix => "";

    public bool IsLoaded => _open.Task.IsCompleted;

    /// <summary>Completes when a batch first stalls.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>Every text embedded so far (questions included), in order.</summary>
    public IReadOnlyList<string> Embedded
    {
        get
        {
            lock (_lock)
            {
                return [.. _embedded];
            }
        }
    }

    public void Warm()
    {
        // Loading is what the test controls through Open.
    }

    public void Open() => _open.TrySetResult();

    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken) => (await EmbedBatchAsync([text], cancellationToken))[0];

    public async Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        await _open.Task.WaitAsync(cancellationToken);
        bool stall;
        lock (_lock)
        {
            stall = _stalls(_batches++);
            if (!stall)
            {
                _embedded.AddRange(texts);
            }
        }

        if (stall)
        {
            // Like a process killed mid-build: this batch never finishes (until the host stops).
            _stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return texts.Select(Vector).ToArray();
    }

    public static float[] Vector(string text)
    {
        var vector = new float[64];
        foreach (var word in text.ToLowerInvariant().Split([' ', '.', ',', '?', '!', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[SHA256.HashData(Encoding.UTF8.GetBytes(word))[0] % 64] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
    }

}
