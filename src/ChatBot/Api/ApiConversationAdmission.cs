using System.Threading.RateLimiting;
using ChatBot.State;
using Microsoft.Extensions.Options;

namespace ChatBot.Api;

/// <summary>
/// Caps how many new <c>/api/ask</c> conversations this instance stores per <c>State:ChannelTimeToLive:api</c> (an
/// hour by default): at most <see cref="ApiOptions.MaxStoredConversations"/>. Each anonymous question would otherwise
/// store a conversation, whatever the provider; past the cap a new conversation is answered without follow-up
/// memory. Storage-agnostic, so Redis is bounded too (at most that many per instance).
/// </summary>
internal sealed partial class ApiConversationAdmission : IDisposable
{
    private readonly FixedWindowRateLimiter _limiter;
    private readonly ILogger<ApiConversationAdmission> _logger;
    private readonly int _cap;

    public ApiConversationAdmission(IOptions<ApiOptions> api, IOptions<StateOptions> state, ILogger<ApiConversationAdmission> logger)
    {
        _cap = api.Value.MaxStoredConversations;
        _logger = logger;
        _limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = _cap,
            Window = state.Value.TimeToLiveFor("api/conversations/"),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>True when one more new conversation may be stored; false (logged) when the cap is reached.</summary>
    public bool TryAdmit()
    {
        using var lease = _limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            LogCapReached(_logger, _cap);
        }

        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning,
        Message = "Api:MaxStoredConversations ({Cap}) new /api/ask conversations stored in this window; answering a new one without follow-up memory")]
    private static partial void LogCapReached(ILogger logger, int cap);
}
