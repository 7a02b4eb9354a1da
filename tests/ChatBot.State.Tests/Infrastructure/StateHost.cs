using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.State.Tests.Infrastructure;

/// <summary>The state services exactly as <c>AddConversationStorage()</c> registers them, in a bare host
/// (no bot, no web server) — one per simulated bot instance.</summary>
public static class StateHost
{
    public static async Task<IHost> StartAsync(IDictionary<string, string?> settings, LogCollector? logs = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddProvider(logs ?? new LogCollector());
        builder.AddConversationStorage();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static Task<IHost> StartRedisAsync(RedisServer redis, LogCollector? logs = null, string? timeToLive = null) =>
        StartAsync(
            new Dictionary<string, string?>
            {
                ["State:Provider"] = "Redis",
                ["State:Redis:ConnectionString"] = redis.ConnectionString,
                ["State:TimeToLive"] = timeToLive ?? "1.00:00:00",
                ["Feedback:AdminKey"] = "test-admin-key-0123456789",
            },
            logs);

    public static T Get<T>(this IHost host)
        where T : notnull => host.Services.GetRequiredService<T>();
}
