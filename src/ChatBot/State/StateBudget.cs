using System.Diagnostics;

namespace ChatBot.State;

/// <summary>
/// How long one answer may spend reading and writing its conversation memory, all calls together
/// (<see cref="StateOptions.TurnBudget"/>). Each Redis command has its own timeout, but a slow store would otherwise
/// add one per call (read, write, conflict retries) to every answer. Once spent, the answer goes on without memory.
/// </summary>
public sealed class StateBudget
{
    private readonly CancellationToken _request;
    private TimeSpan _remaining;

    public StateBudget(TimeSpan budget, CancellationToken request)
    {
        _remaining = budget;
        _request = request;
    }

    public TimeSpan Remaining => _remaining > TimeSpan.Zero ? _remaining : TimeSpan.Zero;

    /// <summary>Runs one state operation within what is left; false (without running it, or after abandoning it) when
    /// the budget is spent. The request's own cancellation still throws.</summary>
    public async Task<bool> TryRunAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_remaining <= TimeSpan.Zero)
        {
            return false;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_request, cancellationToken);
        linked.CancelAfter(_remaining);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await operation(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!_request.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            _remaining -= Stopwatch.GetElapsedTime(started);
        }
    }
}
