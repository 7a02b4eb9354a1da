using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Api;
using ChatBot.Tests.Fakes;

namespace ChatBot.Tests.Api;

public sealed class ArticlesAndHealthTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory _factory;

    public ArticlesAndHealthTests(ChatBotFactory factory) => _factory = factory;

    [Fact]
    public async Task Articles_List_ReturnsEveryArticleWithTitleAndDate()
    {
        var articles = await _factory.CreateClient().GetFromJsonAsync<ArticleSummary[]>("/api/articles");

        Assert.Equal([TestArticles.Call.Id, TestArticles.Grain.Id], articles!.Select(a => a.Id));
        Assert.Equal(new DateOnly(2022, 7, 30), articles![0].Date);
        Assert.Equal(2, articles[0].Paragraphs);
    }

    [Fact]
    public async Task Article_ById_ReturnsTextAndParagraphOffsets()
    {
        var article = await _factory.CreateClient().GetFromJsonAsync<ArticleDocument>($"/api/articles/{TestArticles.Call.Id}");

        Assert.Equal(TestArticles.Call.Text, article!.Text);
        var second = article.Paragraphs[1];
        Assert.Equal(2, second.Number);
        Assert.StartsWith("Lavrov told Blinken", article.Text[second.Start..second.End]);
    }

    [Fact]
    public async Task Article_Unknown_Returns404ProblemDetails()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/api/articles/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Healthz_ArticlesLoaded_Returns200()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ArticlesStillLoading_Returns503UntilReady()
    {
        var knowledge = new FakeKnowledgeBase(TestArticles.All, ready: false);
        await using var factory = new ChatBotFactory(knowledge);
        var client = factory.CreateClient();

        using var loading = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative));
        knowledge.MarkReady();
        using var ready = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Ask_ArticlesNeverLoad_Returns503AfterReadyTimeout()
    {
        await using var factory = new ChatBotFactory(
            new FakeKnowledgeBase(TestArticles.All, ready: false),
            new Dictionary<string, string?> { ["Api:ReadyTimeoutSeconds"] = "1" });

        using var response = await factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = "who brokered the grain deal?" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(factory.Answerer.Questions);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesAskAndArticles()
    {
        using var document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/ask", out var ask));
        Assert.True(ask.GetProperty("post").GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/messages", out _));
    }
}
