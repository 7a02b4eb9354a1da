using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// The default in-process <see cref="IStorage"/>: Bot Builder's <see cref="MemoryStorage"/> (same ETag and copy
/// semantics) holding at most <c>capacity</c> keys, forgetting the least recently read or written first, and, as
/// the Redis store does, forgetting a key not written for <c>timeToLive</c>. Each conversation's memory is already
/// bounded (a few turns); this bounds how many conversations are kept, so a long-running service under load does
/// not grow without limit (measured: ~1.9 GiB after ~150,000 answers in 4-turn conversations with the unbounded store).
/// </summary>
public sealed class BoundedMemoryStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly int _capacity;
    private readonly TimeSpan _timeToLive;
    private readonly Func<string, TimeSpan> _timeToLiveFor;
    private readonly TimeProvider _timeProvider;
    private readonly LinkedList<string> _recency = new();
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _written = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep;

    public BoundedMemoryStorage(int capacity, TimeSpan timeToLive, TimeProvider timeProvider)
        : this(capacity, timeToLive, _ => timeToLive, timeProvider)
    {
    }

    /// <param name="timeToLive">How often keys that expired unread are swept (the shortest time-to-live).</param>
    /// <param name="timeToLiveFor">Each key's own time-to-live (per channel, <see cref="StateOptions.TimeToLiveFor"/>).</param>
    public BoundedMemoryStorage(int capacity, TimeSpan timeToLive, Func<string, TimeSpan> timeToLiveFor, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeToLiveFor);
        _capacity = capacity;
        _timeToLive = timeToLive;
        _timeToLiveFor = timeToLiveFor;
        _timeProvider = timeProvider;
        _nextSweep = timeProvider.GetUtcNow() + timeToLive;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        string[] expired;
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            expired = [.. keys.Where(k => IsExpired(k, now))];
            foreach (var key in expired)
            {
                Forget(key);
            }
        }

        if (expired.Length > 0)
        {
            await _inner.DeleteAsync(expired, cancellationToken);
        }

        var items = await _inner.ReadAsync(keys, cancellationToken);
        lock (_lock)
        {
            foreach (var key in items.Keys)
            {
                Touch(key);
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _inner.WriteAsync(changes, cancellationToken);
        var evicted = new List<string>();
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            foreach (var key in changes.Keys)
            {
                Touch(key);
                _written[key] = now;
            }

            while (_nodes.Count > _capacity && _recency.Last is { } oldest)
            {
                Forget(oldest.Value);
                evicted.Add(oldest.Value);
            }

            // Expired keys nobody reads again would stay until evicted; a sweep now and then frees them.
            if (now >= _nextSweep)
            {
                _nextSweep = now + _timeToLive;
                var expired = _written.Where(w => IsExpired(w.Key, now)).Select(w => w.Key).ToList();
                foreach (var key in expired)
                {
                    Forget(key);
                }

                evicted.AddRange(expired);
            }
        }

        if (evicted.Count > 0)
        {
            await _inner.DeleteAsync([.. evicted], cancellationToken);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _inner.DeleteAsync(keys, cancellationToken);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                Forget(key);
            }
        }
    }

    /// <summary>How many keys are held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _nodes.Count;
            }
        }
    }

    private bool IsExpired(string key, DateTimeOffset now) => _written.TryGetValue(key, out var written) && now - written >= _timeToLiveFor(key);

    private void Forget(string key)
    {
        if (_nodes.Remove(key, out var node))
        {
            _recency.Remove(node);
        }

        _written.Remove(key);
    }

    private void Touch(string key)
    {
        if (_nodes.TryGetValue(key, out var node))
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
        else
        {
            _nodes[key] = _recency.AddFirst(key);
        }
    }
}
