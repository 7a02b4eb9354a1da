namespace ChatBot.Knowledge;

/// <summary>The embedding rate of the build in progress, for the progress report's rate and time remaining.</summary>
internal sealed class EmbeddingRate
{
    private readonly Lock _lock = new();
    private long _started;
    private int _embeddedAtStart;

    public void Start(int embeddedAtStart)
    {
        lock (_lock)
        {
            _started = TimeProvider.System.GetTimestamp();
            _embeddedAtStart = embeddedAtStart;
        }
    }

    /// <returns>Sentences per second and the time left for <paramref name="remaining"/> sentences, or nulls before any progress.</returns>
    public (double? PerSecond, TimeSpan? Remaining) Estimate(int embedded, int remaining)
    {
        long started;
        int atStart;
        lock (_lock)
        {
            (started, atStart) = (_started, _embeddedAtStart);
        }

        var seconds = started == 0 ? 0 : TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        var done = embedded - atStart;
        if (seconds <= 0 || done <= 0)
        {
            return (null, null);
        }

        var rate = done / seconds;
        return (rate, TimeSpan.FromSeconds(remaining / rate));
    }
}
