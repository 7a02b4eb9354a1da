namespace ChatBot.Insights;

/// <summary>The record of answered and declined questions, oldest first, bounded by <see cref="InsightsOptions"/>.</summary>
public interface IInsightsStore
{
    Task RecordAsync(InsightEvent entry, CancellationToken cancellationToken);

    /// <summary>Events at or after <paramref name="since"/>, oldest first.</summary>
    /// <exception cref="State.StateUnavailableException">The store cannot be reached.</exception>
    Task<IReadOnlyList<InsightEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
