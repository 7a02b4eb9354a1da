using System.Net;
using System.Net.Http.Json;
using ChatBot.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatBot.Tests.Api;

/// <summary>With an app id and <c>Api:AccessKey</c> set, the HTTP API, the article texts and the web page need the
/// key; the bot endpoint (its own tokens) and the health probes stay open.</summary>
public sealed class ApiAccessKeyTests
{
    private const string Key = "access-key-0123456789abcdef";

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/article-2022-07-30")]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/openapi/v1.json")]
    public async Task Get_WithoutTheKey_Returns401(string path)
    {
        await using var factory = Protected();

        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Ask_WithAndWithoutTheKey_401Then200()
    {
        await using var factory = Protected();
        var client = factory.CreateClient();

        using var anonymous = await client.PostAsJsonAsync("/api/ask", new { question = "who brokered the grain deal?" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = JsonContent.Create(new { question = "who brokered the grain deal?" }) };
        request.Headers.Add("X-Api-Key", Key);
        using var keyed = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Single(factory.Answerer.Questions);
    }

    [Fact]
    public async Task WebPage_OpenedOnceWithTheKey_SetsACookieThatOpensThePageAndTheApi()
    {
        await using var factory = Protected();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var withKey = await browser.GetAsync(new Uri($"/?key={Key}", UriKind.Relative));
        using var page = await browser.GetAsync(new Uri("/", UriKind.Relative));
        using var articles = await browser.GetAsync(new Uri("/api/articles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, withKey.StatusCode);
        Assert.DoesNotContain(Key, withKey.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, articles.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/alive")]
    public async Task HealthProbes_WithoutTheKey_StayOpen(string path)
    {
        await using var factory = Protected();

        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static ChatBotFactory Protected() => new(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000ab",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["Api:AccessKey"] = Key,
    });
}
