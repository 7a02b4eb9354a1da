using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatBot.State;

/// <summary>Reports the state store on the health endpoint: Healthy while Redis accepts a small write (or the provider is
/// Memory), Degraded while it does not. Degraded, not Unhealthy: the bot still answers, only without follow-up
/// memory, so a load balancer should keep sending it traffic.</summary>
public sealed class StateHealthCheck(IOptions<StateOptions> options, StateHealth health, IServiceProvider services) : IHealthCheck
{
    public const string Name = "state";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Provider != StateProvider.Redis)
        {
            return HealthCheckResult.Healthy("Conversation state in process memory (State:Provider=Memory).");
        }

        try
        {
            var connection = services.GetRequiredService<RedisConnection>();
            // A write, not a PING: a Redis that answers but refuses writes (full at maxmemory, a read-only replica)
            // loses every conversation and feedback, and must show as Degraded.
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await connection.ExecuteAsync(
                db => db.StringSetAsync(connection.Key("health"), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), TimeSpan.FromMinutes(1)),
                cancellationToken,
                writes: true);
            var latency = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            return HealthCheckResult.Healthy(
                "Redis reachable and accepting writes.", new Dictionary<string, object> { ["writeMs"] = Math.Round(latency.TotalMilliseconds, 1) });
        }
        catch (StateUnavailableException)
        {
            var data = new Dictionary<string, object>();
            if (health.CurrentOutage is { } outage)
            {
                data["since"] = outage.Since;
                data["error"] = outage.Error;
            }

            return HealthCheckResult.Degraded("Redis unreachable or refusing writes: answering without follow-up memory until it is back.", data: data);
        }
    }
}
