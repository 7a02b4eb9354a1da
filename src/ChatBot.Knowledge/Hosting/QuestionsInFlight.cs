namespace ChatBot.Knowledge;

/// <summary>
/// Lets questions go before background indexing: while a question is being answered, the background embedder runs
/// one model call fewer than it may otherwise (at least one), so the question has a core of its own instead of sharing
/// the machine with every embedding thread. Nothing waits for a question: the background only holds back its next
/// batch (16 sentences, tens of milliseconds) until a slot is free.
/// </summary>
internal sealed class QuestionsInFlight
{
    private readonly Lock _lock = new();
    private readonly int _slots;
    private int _questions;
    private int _running;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="slots">Background model calls at once when no question is in flight.</param>
    public QuestionsInFlight(int slots) => _slots = Math.Max(1, slots);

    /// <summary>Background calls allowed now.</summary>
    public int Allowed
    {
        get
        {
            lock (_lock)
            {
                return AllowedUnlocked;
            }
        }
    }

    private int AllowedUnlocked => _questions > 0 ? Math.Max(1, _slots - 1) : _slots;

    /// <summary>Marks a question in flight until the result is disposed.</summary>
    public IDisposable Question()
    {
        lock (_lock)
        {
            _questions++;
        }

        return new Release(() => Change(ref _questions));
    }

    /// <summary>Waits for a background slot; dispose the result when the model call is done.</summary>
    public async Task<IDisposable> BackgroundSlotAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_running < AllowedUnlocked)
                {
                    _running++;
                    return new Release(() => Change(ref _running));
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    private void Change(ref int counter)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            counter--;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private sealed class Release(Action release) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                release();
            }
        }
    }
}
