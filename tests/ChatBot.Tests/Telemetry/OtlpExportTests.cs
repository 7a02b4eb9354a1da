using System.Net.Http.Json;
using ChatBot.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace ChatBot.Tests.Telemetry;

/// <summary>The standard OTEL_* settings alone turn the OTLP exporter on: a turn's spans reach a collector.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Turn_WithOtlpEndpointSetting_ExportsSpansToTheCollector()
    {
        await using var collector = await StartCollectorAsync();
        var address = collector.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var received = collector.Services.GetRequiredService<TaskCompletionSource<string>>();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Content:Path", Path.Combine(RepositoryRoot.Path, "content"))
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", address)
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_SERVICE_NAME", "chatbot-otlp-test"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await factory.Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(timeout.Token);

        await factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = "what did Lavrov say about weapons?" });
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();

        Assert.Equal("/v1/traces", await received.Task.WaitAsync(timeout.Token));
    }

    /// <summary>A stand-in OTLP/HTTP collector on a free loopback port that reports the path of the first export.</summary>
    private static async Task<WebApplication> StartCollectorAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        var app = builder.Build();
        app.MapPost("/v1/{signal}", (HttpRequest request, TaskCompletionSource<string> received) =>
        {
            if (request.Path == "/v1/traces" && request.ContentLength > 0)
            {
                received.TrySetResult(request.Path);
            }

            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
