using System.Diagnostics.CodeAnalysis;

namespace ChatBot.Knowledge;

/// <summary>
/// Up to one model call per core at once, and none once the model is to be disposed: a call into a disposed ONNX
/// session crashes the process (seen when a host stopped while a batch waited for its turn), so closing refuses new
/// calls and waits for those in flight before the model goes.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification =
    "The semaphore outlives closing on purpose: calls still waiting must get a slot to fail. It holds no OS handle, as its AvailableWaitHandle is never asked for.")]
internal sealed class ModelCallGate
{
    private readonly SemaphoreSlim _slots;
    private readonly int _count;
    private volatile bool _closed;

    public ModelCallGate(int? slots = null)
    {
        _count = slots ?? Math.Clamp(Environment.ProcessorCount, 1, 8);
        _slots = new SemaphoreSlim(_count, _count);
    }

    /// <summary>Runs <paramref name="call"/> when a slot is free.</summary>
    /// <exception cref="ObjectDisposedException">The gate was closed: the model is gone or going.</exception>
    public async Task<T> RunAsync<T>(Func<T> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            return call();
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// Refuses calls from now on (before the first wait, so a caller may rely on it once this returns a task) and
    /// completes when the calls in flight have finished; calls still waiting for a slot then fail.
    /// </summary>
    public async Task CloseAsync()
    {
        _closed = true;
        for (var i = 0; i < _count; i++)
        {
            await _slots.WaitAsync();
        }

        _slots.Release(_count);
    }
}
