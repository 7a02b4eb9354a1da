using Microsoft.Extensions.Logging;

namespace ChatBot.State;

/// <summary>Whether the state store is reachable right now. Every Redis call and connection event reports here,
/// so an outage is logged once when it starts and once when it ends, however many turns run meanwhile.</summary>
public sealed partial class StateHealth(ILogger<StateHealth> logger, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _outageSince;
    private string? _lastError;
    private bool _writesFailing;

    public bool IsDegraded
    {
        get
        {
            lock (_gate)
            {
                return _outageSince is not null;
            }
        }
    }

    /// <summary>When the current outage began and the error that revealed it; null while the store is reachable.</summary>
    public (DateTimeOffset Since, string Error)? CurrentOutage
    {
        get
        {
            lock (_gate)
            {
                return _outageSince is { } since ? (since, _lastError ?? "unknown") : null;
            }
        }
    }

    /// <param name="writes">The failed operation stores something: the outage then lasts until a write succeeds.</param>
    public void ReportUnavailable(Exception error, bool writes = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            _lastError = error.GetBaseException().Message;
            _writesFailing = writes;
            if (_outageSince is not null)
            {
                return;
            }

            _outageSince = timeProvider.GetUtcNow();
        }

        LogOutageStarted(logger, error);
    }

    /// <param name="writes">The operation that succeeded stored something; a read alone does not end an outage of writes.</param>
    public void ReportAvailable(bool writes = false)
    {
        TimeSpan lasted;
        lock (_gate)
        {
            if (_outageSince is not { } since || (_writesFailing && !writes))
            {
                return;
            }

            lasted = timeProvider.GetUtcNow() - since;
            _outageSince = null;
            _lastError = null;
            _writesFailing = false;
        }

        LogOutageEnded(logger, (long)lasted.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning,
        Message = "State store unreachable or refusing writes: answering without follow-up memory until it is back")]
    private static partial void LogOutageStarted(ILogger logger, Exception error);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information,
        Message = "State store reachable again after {OutageMs} ms; follow-up memory is back")]
    private static partial void LogOutageEnded(ILogger logger, long outageMs);
}
