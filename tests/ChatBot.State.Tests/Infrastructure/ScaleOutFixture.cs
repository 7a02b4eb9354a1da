namespace ChatBot.State.Tests.Infrastructure;

/// <summary>One private Redis and two bot instances sharing it, started once for the scale-out tests
/// (each instance indexes the articles, which is the slow part).</summary>
public sealed class ScaleOutFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public BotInstance A { get; private set; } = null!;

    public BotInstance B { get; private set; } = null!;

    public HttpClient ClientA { get; private set; } = null!;

    public HttpClient ClientB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (RedisAvailability.SkipReason is not null)
        {
            // The tests skip; a fixture that failed to start here would fail the run they skip in.
            return;
        }

        Redis = await RedisServer.StartNewAsync();
        A = await BotInstance.StartRedisAsync(Redis);
        B = await BotInstance.StartRedisAsync(Redis);
        ClientA = A.CreateClient();
        ClientB = B.CreateClient();
    }

    public async Task DisposeAsync()
    {
        if (RedisAvailability.SkipReason is not null)
        {
            return;
        }

        ClientA.Dispose();
        ClientB.Dispose();
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
