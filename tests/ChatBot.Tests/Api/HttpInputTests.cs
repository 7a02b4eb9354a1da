using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatBot.Tests.Api;

/// <summary>Bad input gets a clear ProblemDetails answer and nothing breaks.</summary>
public sealed class HttpInputTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory _factory;

    public HttpInputTests(ChatBotFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/api/messages", "{\"type\": \"message\", ")]
    [InlineData("/api/messages", "[1, 2]")]
    [InlineData("/api/messages", "{\"text\": \"no type\"}")]
    [InlineData("/api/ask", "{\"question\": ")]
    [InlineData("/api/ask", "{\"question\": 42}")]
    public async Task Post_MalformedJson_Returns400ProblemDetails(string path, string body)
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/messages")]
    [InlineData("/api/ask")]
    public async Task Post_BodyOverOneMebibyte_Returns413ProblemDetails(string path)
    {
        var client = _factory.CreateClient();
        var body = "{\"question\": \"" + new string('a', (1024 * 1024) + 1) + "\"}";

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Contains("limit is 1,048,576 bytes", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Ask_EmptyQuestion_Returns400WithQuestionError(string? question)
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Contains("empty", problem.GetProperty("errors").GetProperty("question")[0].GetString());
    }

    [Fact]
    public async Task Ask_QuestionOver2000Characters_Returns400()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = new string('w', 2001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.Contains("2,001 characters", problem.GetProperty("errors").GetProperty("question")[0].GetString());
    }

    [Fact]
    public async Task Ask_QuestionOfExactly2000Characters_IsAnswered()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "grain " + new string('w', 1994) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ask_BadConversationId_Returns400()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "who brokered the deal?", conversationId = "../../etc" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadProblemAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("conversationId", out _));
    }

    [Fact]
    public async Task Messages_AppIdConfiguredAndNoToken_Returns401()
    {
        await using var factory = new ChatBotFactory(
            new Fakes.FakeKnowledgeBase(Fakes.TestArticles.All),
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
                ["MicrosoftAppPassword"] = "not-a-real-secret",
            });
        var bot = new BotClient(factory.CreateClient(), "msteams");

        using var response = await bot.PostAsync(bot.NewMessage("who brokered the grain deal?"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(factory.Answerer.Questions);
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
