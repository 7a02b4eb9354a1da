using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge;

/// <summary>A small least-recently-used cache of question embeddings (users repeat and rephrase questions).</summary>
internal sealed class QueryEmbeddingCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _recency = new();
    private readonly Lock _lock = new();

    public QueryEmbeddingCache(IOptions<KnowledgeOptions> options)
        : this(options.Value.QueryCacheSize)
    {
    }

    public QueryEmbeddingCache(int capacity) => _capacity = capacity;

    public bool TryGet(string text, out float[] vector)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = [];
        return false;
    }

    /// <summary>Like <see cref="TryGet"/>, and forgets the entry.</summary>
    public bool TryTake(string text, out float[] vector)
    {
        lock (_lock)
        {
            if (_map.Remove(text, out var node))
            {
                _recency.Remove(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = [];
        return false;
    }

    public void Add(string text, float[] vector)
    {
        if (_capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_map.Remove(text, out var existing))
            {
                _recency.Remove(existing);
            }

            _map[text] = _recency.AddFirst((text, vector));
            while (_map.Count > _capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _map.Remove(last.Value.Text);
            }
        }
    }
}
