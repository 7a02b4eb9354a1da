using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ChatBot.Tests.Fakes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ChatBot.Tests.Api;

/// <summary>
/// <c>/api/messages</c> without an app id, as a developer runs it on localhost: it must not relay to an address a web
/// page chooses, must refuse what it cannot keep or log safely, and must not hang on a reply nobody receives.
/// </summary>
public sealed class BotEndpointAbuseTests
{
    [Fact]
    public async Task Message_SentAsTextPlain_Returns415WithoutAnswering()
    {
        // text/plain is a CORS "simple request": any web page a developer visits could post it to their localhost bot.
        await using var factory = new ChatBotFactory();
        var body = JsonConvert.SerializeObject(Message("c1", "http://localhost:9", expectReplies: true));

        using var response = await factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(factory.Answerer.Questions);
    }

    [Theory]
    [InlineData("http://203.0.113.7/")]
    [InlineData("https://attacker.example/relay")]
    [InlineData("http://localhost.attacker.example/")]
    public async Task Message_NoAppIdAndServiceUrlElsewhere_Returns403AndSendsNothing(string serviceUrl)
    {
        await using var factory = new ChatBotFactory();

        using var response = await PostAsync(factory, Message("c1", serviceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Contains("Bot:AllowedServiceUrls", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(factory.Answerer.Questions);
    }

    [Fact]
    public async Task Message_NoAppIdAndServiceUrlOnTheAllowList_IsAnswered()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
        {
            ["Bot:AllowedServiceUrls:0"] = "https://smba.example.test/",
        });

        using var response = await PostAsync(factory, Message("c1", "https://smba.example.test/emea/", expectReplies: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(factory.Answerer.Questions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://localhost/")]
    public async Task Message_MissingOrInvalidServiceUrl_Returns400ProblemDetails(string? serviceUrl)
    {
        await using var factory = new ChatBotFactory();

        using var response = await PostAsync(factory, Message("c1", serviceUrl, expectReplies: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", (await ReadProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Message_HugeConversationId_Returns400AndTheLogNeverHoldsIt()
    {
        await using var factory = new ChatBotFactory();
        var conversationId = new string('c', 200_000);

        using var response = await PostAsync(factory, Message(conversationId, "http://localhost:9", expectReplies: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Api:MaxIdLength", (await ReadProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(factory.Answerer.Questions);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Length > 2_000);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("entities")]
    public async Task Message_OversizedTextOrEntityList_Returns400(string field)
    {
        await using var factory = new ChatBotFactory();
        var message = Message("c1", "http://localhost:9", expectReplies: true);
        if (field == "text")
        {
            message.Text = new string('w', 100_000);
        }
        else
        {
            message.Entities = [.. Enumerable.Range(0, 1_000).Select(i => new Entity("clientInfo"))];
        }

        using var response = await PostAsync(factory, message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await ReadProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ServiceUrlThatNeverAnswers_TheTurnEndsAfterTheReplyTimeout()
    {
        // A loopback port that accepts connections and never answers them.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var accepted = new List<Socket>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptSocketAsync());
            }
        });
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
        {
            ["Bot:ReplyTimeoutSeconds"] = "1",
        });
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60); // only a guard: the default 100 s would also end, much later

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Message("c1", $"http://127.0.0.1:{port}/", expectReplies: false)));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is TaskCanceledException or TimeoutException);
        foreach (var socket in accepted.ToArray())
        {
            socket.Dispose();
        }
    }

    internal static Activity Message(string conversationId, string? serviceUrl, bool expectReplies) => new()
    {
        Type = ActivityTypes.Message,
        Id = "m1",
        Text = "what did Lavrov say about military equipment?",
        From = new ChannelAccount("user-1", "Ada"),
        Recipient = new ChannelAccount("bot-1", "ChatBot"),
        Conversation = new ConversationAccount(id: conversationId),
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    internal static StringContent Json(Activity activity) =>
        new(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> PostAsync(ChatBotFactory factory, Activity activity) =>
        factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), Json(activity));

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
