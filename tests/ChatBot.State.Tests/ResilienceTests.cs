using ChatBot.Answering;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ChatBot.State.Tests;

public sealed class ResilienceTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task Storage_RedisStopped_ReadsNothingWritesNothingAndThrowsNothing()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new RedisStorageTests.Note { Text = "x" } });

        await _redis.StopAsync();

        Assert.Empty(await storage.ReadAsync(["doc"]));
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new RedisStorageTests.Note { Text = "y" } });
        await storage.DeleteAsync(["doc"]);
        Assert.True(host.Get<StateHealth>().IsDegraded);
    }

    [RedisFact]
    public async Task Storage_RedisTooSlowToAnswer_WriteTimesOutAsAnOutageAndThrowsNothing()
    {
        // Under load a command can outlast its timeout with Redis still up; that surfaced as HTTP 500 from /api/ask.
        using var host = await StateHost.StartAsync(new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:Redis:ConnectionString"] = _redis.ConnectionString,
            ["State:Redis:OperationTimeout"] = "00:00:00.300",
        });
        var storage = host.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new RedisStorageTests.Note { Text = "x" } });

        Assert.Equal("+OK", await _redis.CommandAsync("CLIENT PAUSE 2000 WRITE"));
        await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new RedisStorageTests.Note { Text = "y" } });

        Assert.True(host.Get<StateHealth>().IsDegraded);
    }

    [RedisFact]
    public async Task HealthCheck_RedisStoppedThenRestarted_DegradedThenHealthy()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var check = host.Get<HealthCheckService>();
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync()).Status);

        await _redis.StopAsync();
        var down = await check.CheckHealthAsync();
        await _redis.StartAsync();
        var recovered = await RedisStorageTests.PollAsync(
            async () => (await check.CheckHealthAsync()).Status == HealthStatus.Healthy, TimeSpan.FromSeconds(30));

        Assert.Equal(HealthStatus.Degraded, down.Status);
        Assert.Contains("unreachable", down.Entries[StateHealthCheck.Name].Description, StringComparison.Ordinal);
        Assert.True(recovered, "the health check should turn Healthy once Redis is back");
    }

    [RedisFact]
    public async Task AskMemory_RedisRestarted_FollowUpMemoryWorksAgain()
    {
        using var host = await StateHost.StartRedisAsync(_redis);
        var store = host.Get<AskConversationStore>();
        await _redis.StopAsync();
        await store.AppendAsync("outage", await store.ReadAsync("outage", default), Turn("asked while down"), 5, default);
        Assert.Empty((await store.ReadAsync("outage", default)).Turns);

        await _redis.StartAsync();
        var back = await RedisStorageTests.PollAsync(async () =>
        {
            await store.AppendAsync("outage", await store.ReadAsync("outage", default), Turn("asked after"), 5, default);
            return (await store.ReadAsync("outage", default)).Turns.Count > 0;
        }, TimeSpan.FromSeconds(30));

        Assert.True(back, "turns should be remembered again once Redis is back");
        Assert.DoesNotContain((await store.ReadAsync("outage", default)).Turns, t => t.Question == "asked while down");
    }

    [RedisFact]
    public async Task Outage_ManyFailedTurns_LogsOneWarningAndOneRecovery()
    {
        var logs = new LogCollector();
        using var host = await StateHost.StartRedisAsync(_redis, logs);
        var storage = host.Get<IStorage>();
        await storage.ReadAsync(["warm-up"]);

        await _redis.StopAsync();
        for (var turn = 0; turn < 10; turn++)
        {
            await storage.ReadAsync([$"turn-{turn}"]);
        }

        await _redis.StartAsync();
        // The recovery can be noticed on a connection-event thread, which writes its log line just after
        // clearing the outage; waiting for the line as well keeps this test free of that race.
        var back = await RedisStorageTests.PollAsync(async () =>
        {
            await storage.ReadAsync(["after"]);
            return !host.Get<StateHealth>().IsDegraded && StateLogs(logs).Any(IsRecovery);
        }, TimeSpan.FromSeconds(30));

        Assert.True(back);
        var stateLogs = StateLogs(logs);
        Assert.Single(stateLogs, e => e.Level == LogLevel.Warning);
        Assert.Single(stateLogs, IsRecovery);
    }

    [RedisFact]
    public async Task Startup_RedisDownFromTheStart_StartsDegradedAndConnectsLater()
    {
        await _redis.StopAsync();
        using var host = await StateHost.StartRedisAsync(_redis);
        var storage = host.Get<IStorage>();

        Assert.Empty(await storage.ReadAsync(["doc"]));
        Assert.True(host.Get<StateHealth>().IsDegraded);

        await _redis.StartAsync();
        var connected = await RedisStorageTests.PollAsync(async () =>
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["doc"] = new RedisStorageTests.Note { Text = "later" } });
            return (await storage.ReadAsync(["doc"])).Count == 1;
        }, TimeSpan.FromSeconds(30));

        Assert.True(connected, "the bot should connect by itself once Redis is up");
    }

    private static List<(string Category, LogLevel Level, EventId EventId, string Message)> StateLogs(LogCollector logs) =>
        logs.Entries.Where(e => e.Category == typeof(StateHealth).FullName).ToList();

    private static bool IsRecovery((string Category, LogLevel Level, EventId EventId, string Message) entry) =>
        entry.Level == LogLevel.Information && entry.Message.Contains("reachable again", StringComparison.Ordinal);

    private static ConversationTurn Turn(string question) => new(question, question, true, []);
}
