using ChatBot.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.State.Tests.Infrastructure;

/// <summary>One instance of the real bot service (real Knowledge and Answering on the repository's content folder),
/// as <c>dotnet run</c> starts it, with the State settings given — several of these over one Redis are a scale-out.</summary>
public sealed class BotInstance : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

    private readonly IReadOnlyDictionary<string, string?> _settings;

    private BotInstance(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public LogCollector Logs { get; } = new();

    public static Task<BotInstance> StartRedisAsync(RedisServer redis) => StartAsync(new Dictionary<string, string?>
    {
        ["State:Provider"] = "Redis",
        ["State:Redis:ConnectionString"] = redis.ConnectionString,

        // These tests check what the instances share, not how fast: 64 conversations answered at once on two cores keep
        // Redis's replies waiting past the 2 s defaults, and memory that misses its time is dropped, as it should be.
        ["State:Redis:OperationTimeout"] = "00:00:30",
        ["State:TurnBudget"] = "00:00:30",
    });

    public static async Task<BotInstance> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var instance = new BotInstance(settings);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await instance.Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(timeout.Token);
        return instance;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config =>
        {
            config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Content:Path"] = Path.Combine(RepositoryRoot.Path, "content"),
                ["Logging:LogLevel:Default"] = "Warning",
                ["Feedback:AdminKey"] = AdminKey,

                // The scale-out load test is one client sending 256 turns at once.
                ["RateLimit:Enabled"] = "false",
            });
            config.AddInMemoryCollection(_settings);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
