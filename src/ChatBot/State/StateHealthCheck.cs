using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatBot.State;

/// <summary>Reports the state store on the health endpoint: Healthy while Redis answers a PING (or the provider is
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
            var latency = await connection.ExecuteAsync(db => db.PingAsync(), cancellationToken);
            return HealthCheckResult.Healthy(
                "Redis reachable.", new Dictionary<string, object> { ["pingMs"] = Math.Round(latency.TotalMilliseconds, 1) });
        }
        catch (StateUnavailableException)
        {
            var data = new Dictionary<string, object>();
            if (health.CurrentOutage is { } outage)
            {
                data["since"] = outage.Since;
                data["error"] = outage.Error;
            }

            return HealthCheckResult.Degraded("Redis unreachable: answering without follow-up memory until it is back.", data: data);
        }
    }
}
