namespace ChatBot.State;

/// <summary>Where users' feedback on answers is kept, newest last; bounded by <see cref="FeedbackOptions.MaxEntries"/>.</summary>
public interface IFeedbackStore
{
    Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first, at most <paramref name="limit"/>.</summary>
    /// <exception cref="StateUnavailableException">The store cannot be reached.</exception>
    Task<IReadOnlyList<FeedbackEntry>> ReadLatestAsync(int limit, CancellationToken cancellationToken);
}
