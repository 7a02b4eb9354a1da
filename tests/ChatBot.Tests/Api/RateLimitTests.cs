using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Tests.Fakes;

namespace ChatBot.Tests.Api;

/// <summary>One client over <c>RateLimit:PermitLimit</c> gets 429 with ProblemDetails and <c>Retry-After</c>: each
/// anonymous question is stored for a day, so their number must be bounded.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Ask_OverThePermitLimit_Returns429WithRetryAfter()
    {
        await using var factory = LimitedTo(2);
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsJsonAsync("/api/ask", new { question = "what did Lavrov say about military equipment?" });
            statuses.Add(last.StatusCode);
        }

        using var limited = last!;
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After in seconds");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(2, factory.Answerer.Questions.Count);
    }

    [Fact]
    public async Task Messages_NoAppIdOverThePermitLimit_Returns429()
    {
        await using var factory = LimitedTo(2);
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await bot.PostAsync(bot.NewMessage("who brokered the grain deal?"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static ChatBotFactory LimitedTo(int permits) => new(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
    {
        ["RateLimit:Enabled"] = "true",
        ["RateLimit:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimit:WindowSeconds"] = "3600",
    });
}
