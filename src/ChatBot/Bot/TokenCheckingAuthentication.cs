using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// Bot Framework authentication whose every verdict on a bearer token is "valid" or 401. The built-in checks answer
/// an expired token or a wrong audience with <see cref="UnauthorizedAccessException"/> (401), but a malformed, unsigned
/// (<c>alg: none</c>), wrongly signed, tampered or not-yet-valid token escapes as another exception: a 500 with a
/// stack trace in the log. Here those become <see cref="UnauthorizedAccessException"/> too, logged in one line.
/// </summary>
internal sealed partial class TokenCheckingAuthentication(BotFrameworkAuthentication inner, ILogger<TokenCheckingAuthentication> logger)
    : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        }
        catch (Exception ex) when (IsTokenRejection(ex))
        {
            throw Rejected(ex);
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        }
        catch (Exception ex) when (IsTokenRejection(ex))
        {
            throw Rejected(ex);
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
        }
        catch (Exception ex) when (IsTokenRejection(ex))
        {
            throw Rejected(ex);
        }
    }

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <summary>
    /// What the token checks throw about the token itself: IdentityModel's <c>SecurityToken*Exception</c>s (bad
    /// signature, not yet valid, no key), and the <see cref="ArgumentException"/>/<see cref="FormatException"/>/JSON
    /// errors of a token that does not parse. Not a cancellation, nor a failure to reach the key endpoint, which are
    /// the server's problem and keep their status.
    /// </summary>
    private static bool IsTokenRejection(Exception ex) => ex switch
    {
        UnauthorizedAccessException => true, // already a 401; logged here in one line like the rest
        OperationCanceledException => false,
        Microsoft.IdentityModel.Tokens.SecurityTokenException => true,
        ArgumentException or FormatException or System.Text.Json.JsonException or Newtonsoft.Json.JsonException => true,
        _ => ex.InnerException is { } inner && IsTokenRejection(inner),
    };

    private UnauthorizedAccessException Rejected(Exception ex)
    {
        LogRejected(logger, ex.GetType().Name, Api.LogText.Truncate(ex.Message, 200));
        return new UnauthorizedAccessException("The bearer token was not accepted.");
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Refused a request to /api/messages with 401: the bearer token was not accepted ({ExceptionType}: {Reason})")]
    private static partial void LogRejected(ILogger logger, string exceptionType, string reason);
}
