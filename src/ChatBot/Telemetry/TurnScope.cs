namespace ChatBot.Telemetry;

/// <summary>
/// Which turn the current async flow serves (channel, the question's message id), set by the turn middleware and
/// the /api/ask filter and read by the answerer's decorators, which see only the <c>Question</c>. An instance
/// field, not static state: each host has its own.
/// </summary>
public sealed class TurnScope
{
    private readonly AsyncLocal<TurnInfo?> _current = new();

    public TurnInfo? Current => _current.Value;

    /// <summary>Marks the rest of this async flow as serving the given turn, until the returned scope is disposed.</summary>
    public IDisposable Begin(string channel, string? questionId)
    {
        var previous = _current.Value;
        _current.Value = new TurnInfo(channel, questionId);
        return new Restore(this, previous);
    }

    private sealed class Restore(TurnScope scope, TurnInfo? previous) : IDisposable
    {
        public void Dispose() => scope._current.Value = previous;
    }
}
