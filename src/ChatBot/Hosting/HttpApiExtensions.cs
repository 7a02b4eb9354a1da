using ChatBot.Api;
using ChatBot.State;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Hosting;

public static class HttpApiExtensions
{
    /// <summary>ProblemDetails for every error, the request size limit, per-client rate limits, OpenAPI and health checks.</summary>
    public static WebApplicationBuilder AddHttpApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Malformed JSON throws, so BadRequestExceptionHandler can explain it instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => options.SerializerOptions.DefaultIgnoreCondition =
            System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);

        services.AddClientRateLimits();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<KnowledgeReadyHealthCheck>("articles", tags: [HealthEndpoints.ReadyTag]);
        services.AddScoped<AskService>();
        services.AddSingleton<ApiConversationAdmission>();
        return builder;
    }

    public static WebApplication UseHttpApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<ApiAccessKeyMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
