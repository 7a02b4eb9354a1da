using Microsoft.Extensions.Options;

namespace ChatBot.State;

/// <summary>Feedback kept in this process (the Memory provider): lost on restart, like the conversations.</summary>
public sealed class MemoryFeedbackStore(IOptions<FeedbackOptions> options) : IFeedbackStore
{
    private readonly int _maxEntries = options.Value.MaxEntries;
    private readonly Lock _gate = new();
    private readonly LinkedList<FeedbackEntry> _entries = new();

    public Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _entries.AddLast(entry);
            while (_entries.Count > _maxEntries)
            {
                _entries.RemoveFirst();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackEntry>> ReadLatestAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (_gate)
        {
            IReadOnlyList<FeedbackEntry> latest = _entries.Reverse().Take(limit).ToList();
            return Task.FromResult(latest);
        }
    }
}
