namespace ChatBot.Api;

public static class AskEndpoint
{
    /// <summary><c>POST /api/ask</c>: a plain JSON API over the bot's answering, for callers that are not chat clients.</summary>
    public static WebApplication MapAskEndpoint(this WebApplication app)
    {
        app.MapPost("/api/ask", (AskRequest request, AskService service, CancellationToken cancellationToken) =>
                service.AskAsync(request, cancellationToken))
            .AddEndpointFilter<Telemetry.AskTurnTelemetryFilter>()
            .WithName("Ask")
            .WithSummary("Answer a question about the articles, with exact cited quotes")
            .WithDescription("Send the conversationId from a previous answer to ask a follow-up question.")
            .RequireRateLimiting(ClientRateLimits.AskPolicy)
            .Produces<AskResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
