using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// The default in-process <see cref="IStorage"/>: Bot Builder's <see cref="MemoryStorage"/> (same ETag and copy
/// semantics) holding at most <c>capacity</c> keys, forgetting the least recently read or written first. Each
/// conversation's memory is already bounded (a few turns); this bounds how many conversations are kept, so a
/// long-running service under load does not grow without limit (measured: ~1.9 GiB after ~150,000 answers in
/// 4-turn conversations with the unbounded store).
/// </summary>
public sealed class BoundedMemoryStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly int _capacity;
    private readonly LinkedList<string> _recency = new();
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public BoundedMemoryStorage(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
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
            foreach (var key in changes.Keys)
            {
                Touch(key);
            }

            while (_nodes.Count > _capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _nodes.Remove(oldest.Value);
                evicted.Add(oldest.Value);
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
                if (_nodes.Remove(key, out var node))
                {
                    _recency.Remove(node);
                }
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
