using ChatBot.Answering;
using ChatBot.Bot;
using ChatBot.Knowledge;
using ChatBot.State;
using ChatBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatBot.Hosting;

public static class TelemetryHostingExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics for turns, answering, retrieval, LLM calls, state and feedback. The OTLP
    /// exporter is on only when an <c>OTEL_EXPORTER_OTLP_*ENDPOINT</c> setting is given, and then reads every other
    /// standard <c>OTEL_*</c> setting itself (protocol, headers, service name, resource attributes).
    /// Call it after the services it instruments are registered (<c>AddArticleAnswering</c>, <c>AddBot</c>).
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<TurnScope>();
        services.AddSingleton<ChatBotMetrics>();
        // The index and state gauges exist once ChatBotMetrics does: create it at start, not on the first turn.
        services.AddHostedService<MetricsStartup>();
        services.AddSingleton<AskTurnTelemetryFilter>();

        services.Decorate<IQuestionAnswerer>((inner, sp) =>
            new TracedQuestionAnswerer(inner, sp.GetRequiredService<ChatBotMetrics>(), sp.GetRequiredService<IOptions<TelemetryOptions>>()));
        services.Decorate<IPassageRetriever>((inner, sp) => new TracedPassageRetriever(inner, sp.GetRequiredService<ChatBotMetrics>()));
        services.Decorate<IFeedbackStore>((inner, sp) => new TracedFeedbackStore(inner, sp.GetRequiredService<ChatBotMetrics>()));
        services.AddBotTelemetry();

        var otlp = IsOtlpConfigured(builder.Configuration);
        services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, when set, names the service; "chatbot" otherwise.
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService("chatbot");
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource([.. ChatBotTelemetry.SourceNames]).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ChatBotTelemetry.MeterName).AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>True when any standard OTLP endpoint setting (environment variable or configuration key) is given.</summary>
    internal static bool IsOtlpConfigured(IConfiguration configuration) =>
        s_otlpEndpointKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    private static readonly string[] s_otlpEndpointKeys =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];
}
