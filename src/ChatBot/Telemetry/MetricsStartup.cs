namespace ChatBot.Telemetry;

/// <summary>Creates <see cref="ChatBotMetrics"/> when the host starts, so its gauges (index size and readiness,
/// state degraded) are observable before the first turn; it has nothing else to do.</summary>
internal sealed class MetricsStartup(ChatBotMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(metrics);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
