using System.Globalization;
using System.Threading.RateLimiting;
using ChatBot.Bot;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Api;

/// <summary>
/// ASP.NET Core's rate limiter, one fixed window per client IP address and endpoint (<see cref="RateLimitOptions"/>);
/// over the limit: 429 with ProblemDetails and <c>Retry-After</c>. <c>/api/messages</c> is limited only while no app
/// id is set: with one, every request must carry a Bot Framework token, and Teams' traffic comes from a few shared
/// Azure addresses that a per-address limit would throttle together.
/// </summary>
public static class ClientRateLimits
{
    public const string AskPolicy = "ask";
    public const string MessagesPolicy = "messages";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AskPolicy, context => PerClient(context, AskPolicy));
            limiter.AddPolicy(MessagesPolicy, context =>
                context.RequestServices.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsAuthenticationEnabled
                    ? RateLimitPartition.GetNoLimiter(MessagesPolicy)
                    : PerClient(context, MessagesPolicy));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(policy);
        }

        // Behind a reverse proxy every client has the proxy's address: configure forwarded headers there.
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : options.WindowSeconds;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client sent more than {options.PermitLimit} requests in {options.WindowSeconds} s (RateLimit:PermitLimit). Try again in {retryAfter} s.",
            },
        });
    }
}
