using System.Diagnostics;
using ChatBot.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatBot.Tests.Telemetry;

/// <summary>The host as <c>dotnet run</c> starts it (real answering on content/), with OpenTelemetry's in-memory
/// exporters added to the providers the host itself configures.</summary>
public sealed class TelemetryFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "telemetry-test-admin-key";

    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(timeout.Token);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Forgets what earlier tests exported, so each test reads its own turn.</summary>
    public void Clear()
    {
        Flush();
        lock (Spans)
        {
            Spans.Clear();
        }

        Metrics.Clear();
    }

    public IReadOnlyList<Activity> CompletedSpans()
    {
        lock (Spans)
        {
            return [.. Spans];
        }
    }

    /// <summary>Collects every instrument now; the returned snapshots are cumulative since the host started.</summary>
    public IReadOnlyList<MetricSnapshot> CollectMetrics()
    {
        Metrics.Clear();
        Flush();
        return [.. Metrics];
    }

    private void Flush() => Services.GetRequiredService<MeterProvider>().ForceFlush();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = Path.Combine(RepositoryRoot.Path, "content"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Feedback:AdminKey"] = AdminKey,
        }));
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        });
    }
}
