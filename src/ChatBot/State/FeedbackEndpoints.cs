using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ChatBot.State;

public static class FeedbackEndpoints
{
    public const string AdminKeyHeader = "X-Admin-Key";
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1_000;

    /// <summary><c>GET /api/feedback?limit=100</c>: the newest feedback first, for whoever holds
    /// <c>Feedback:AdminKey</c> (sent as <c>X-Admin-Key</c>). 401 without the header, 403 with a wrong key or
    /// while no key is configured, 503 while the store is unreachable; all as ProblemDetails.</summary>
    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/feedback", GetFeedbackAsync)
            .WithName("GetFeedback")
            .WithSummary("The 👍/👎 feedback users gave answers, newest first (needs the X-Admin-Key header).")
            .Produces<IReadOnlyList<FeedbackEntry>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> GetFeedbackAsync(
        HttpRequest request, IFeedbackStore store, IOptions<FeedbackOptions> options, int? limit, CancellationToken cancellationToken)
    {
        var given = request.Headers[AdminKeyHeader].ToString();
        if (string.IsNullOrEmpty(given))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Admin key required",
                detail: $"Send the key configured as Feedback:AdminKey in the {AdminKeyHeader} header.");
        }

        var expected = options.Value.AdminKey;
        if (string.IsNullOrEmpty(expected))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Reading feedback is disabled",
                detail: "Set Feedback:AdminKey to enable GET /api/feedback.");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Admin key not accepted");
        }

        var count = limit ?? DefaultLimit;
        if (count is < 1 or > MaxLimit)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid limit",
                detail: $"limit must be between 1 and {MaxLimit}.");
        }

        try
        {
            return Results.Ok(await store.ReadLatestAsync(count, cancellationToken));
        }
        catch (StateUnavailableException)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Feedback store unreachable",
                detail: "Redis cannot be reached right now; try again shortly.");
        }
    }
}
