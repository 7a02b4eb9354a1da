using ChatBot.State;
using Microsoft.Extensions.Options;

namespace ChatBot.Insights;

public static class InsightsEndpoints
{
    /// <summary><c>GET /api/insights</c> (JSON) and <c>GET /api/insights?format=csv</c>: declined questions grouped,
    /// disliked answers with their quotes, counts per day; behind the feedback API's <c>X-Admin-Key</c>. The admin
    /// page that shows them is <c>/admin/insights.html</c>.</summary>
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/insights", GetInsightsAsync)
            .WithName("GetInsights")
            .WithSummary("What users asked: declined questions grouped, disliked answers with quotes, counts per day (needs X-Admin-Key).")
            .Produces<InsightsView>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> GetInsightsAsync(
        HttpRequest request, InsightsService insights, IOptions<FeedbackOptions> feedbackOptions, string? format, CancellationToken cancellationToken)
    {
        if (AdminKeyCheck.Problem(request, feedbackOptions.Value) is { } problem)
        {
            return problem;
        }

        if (format is not (null or "json" or "csv"))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid format", detail: "format is json (the default) or csv.");
        }

        try
        {
            var (view, events, feedback) = await insights.BuildAsync(cancellationToken);
            if (format != "csv")
            {
                return Results.Ok(view);
            }

            // An attachment, so a browser saves the CSV instead of showing it.
            request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"insights-{view.Until:yyyy-MM-dd}.csv\"";
            return Results.Text(InsightsCsv.Write(view, events, feedback), InsightsCsv.ContentType);
        }
        catch (StateUnavailableException)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Insights store unreachable",
                detail: "Redis cannot be reached right now; try again shortly.");
        }
    }
}
