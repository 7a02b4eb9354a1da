namespace ChatBot.Knowledge;

/// <summary>
/// Whether the content folder could be read the last time the indexing loop looked. While it cannot (gone, not a
/// folder, unreadable, or emptied of every article), the last good index keeps answering and this says why, so
/// <c>/healthz</c> and the log tell the operator instead of the bot going quiet.
/// </summary>
public sealed class ContentHealth(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private ContentProblem? _problem;

    /// <summary>The current problem, or null while the folder reads fine.</summary>
    public ContentProblem? Problem
    {
        get
        {
            lock (_gate)
            {
                return _problem;
            }
        }
    }

    /// <returns>True when this starts a problem or changes its reason (worth a log line); false when it goes on.</returns>
    public bool Report(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_gate)
        {
            if (_problem is { } current && current.Reason == reason)
            {
                return false;
            }

            _problem = new ContentProblem(reason, _problem?.Since ?? timeProvider.GetUtcNow());
            return true;
        }
    }

    /// <returns>True when a problem ended.</returns>
    public bool Clear()
    {
        lock (_gate)
        {
            var had = _problem is not null;
            _problem = null;
            return had;
        }
    }
}
