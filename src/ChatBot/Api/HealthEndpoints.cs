using ChatBot.Knowledge;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ChatBot.Api;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// <c>/healthz</c>: 503 before the bot can answer, then 200 (<c>Degraded</c> while the articles are still being
    /// embedded, <c>Healthy</c> once complete); <c>/alive</c>: 200 while the process runs; <c>/api/status</c>: the
    /// indexing progress as JSON, for the web page and for probes that want numbers.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false });
        app.MapGet("/api/status", (IKnowledgeBase knowledge) => TypedResults.Ok(IndexStatus.From(knowledge)))
            .WithName("GetStatus")
            .WithTags("Articles")
            .WithSummary("How far the bot has read the articles (it answers meanwhile)");
        return app;
    }
}
