using System.Net;
using System.Net.Http.Json;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Bot.Schema;

namespace ChatBot.State.Tests;

/// <summary>
/// Redis that answers but refuses every write (full at <c>maxmemory</c>, OOM) must degrade like an outage: answers
/// keep coming, feedback waits and is written once Redis takes writes again, and <c>/healthz</c> says Degraded.
/// </summary>
public sealed class RedisWriteFailureTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task RedisAtMaxMemory_AnswersContinueFeedbackIsKeptAndHealthzSaysDegraded()
    {
        await using var instance = await BotInstance.StartRedisAsync(_redis);
        using var client = instance.CreateClient();
        var user = new ChatClient("emulator");
        await user.SayAsync(client, Conversations.AboutLavrov);

        Assert.Equal("+OK", await _redis.CommandAsync("CONFIG SET maxmemory 1"));
        HttpStatusCode askStatus, feedbackStatus;
        IReadOnlyList<Activity> chat;
        string health;
        try
        {
            using var ask = await client.PostAsJsonAsync("/api/ask", new { question = Conversations.AboutLavrov });
            askStatus = ask.StatusCode;
            chat = await user.SayAsync(client, Conversations.AboutLavrov);
            using var feedback = await ChatClient.PostAsync(client, FeedbackRequests.Invoke(user, "reply-1", "like", "kept while Redis was full"));
            feedbackStatus = feedback.StatusCode;
            health = await HealthAsync(client);
        }
        finally
        {
            await _redis.CommandAsync("CONFIG SET maxmemory 0");
        }

        Assert.Equal(HttpStatusCode.OK, askStatus);
        Assert.Contains(chat, a => a.Text?.Contains("Lavrov", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(chat, a => a.Text?.Contains(Conversations.Apology, StringComparison.Ordinal) == true);
        Assert.Equal(HttpStatusCode.OK, feedbackStatus);
        Assert.Equal("Degraded", health);
        Assert.True(await RedisStorageTests.PollAsync(async () => await HealthAsync(client) == "Healthy", TimeSpan.FromSeconds(30)),
            "/healthz should say Healthy once Redis takes writes again");
        var stored = await FeedbackRequests.ReadStoredAsync(client);
        Assert.Contains(stored, e => (string?)e!["comment"] == "kept while Redis was full");
    }

    private static async Task<string> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }
}
