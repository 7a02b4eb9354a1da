using Microsoft.Extensions.Options;

namespace ChatBot.Insights;

/// <summary>Insights kept in this process (the Memory provider): lost on restart, like the feedback.</summary>
public sealed class MemoryInsightsStore(IOptions<InsightsOptions> options, TimeProvider timeProvider) : IInsightsStore
{
    private readonly InsightsOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly LinkedList<InsightEvent> _events = new();

    public Task RecordAsync(InsightEvent entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _events.AddLast(entry);
            Prune();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InsightEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Prune();
            IReadOnlyList<InsightEvent> events = _events.Where(e => e.Timestamp >= since).ToList();
            return Task.FromResult(events);
        }
    }

    private void Prune()
    {
        var oldest = timeProvider.GetUtcNow() - _options.Retention;
        while (_events.First is { } first && (_events.Count > _options.MaxEvents || first.Value.Timestamp < oldest))
        {
            _events.RemoveFirst();
        }
    }
}
