using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Api;

namespace ChatBot.Tests.EndToEnd;

/// <summary>A conversation scoped to one article: <c>/api/ask</c>'s <c>articleId</c>, and "ask about &lt;title&gt;" in chat.</summary>
public sealed class ArticleScopeTests(TwoArticlePipelineFactory factory) : IClassFixture<TwoArticlePipelineFactory>
{
    private const string SeedQuestion = "what did Lavrov say about weapons?";

    [Fact]
    public async Task Ask_ArticleIdOfTheOtherArticle_SearchesOnlyThatArticle()
    {
        var client = factory.CreateClient();

        var scoped = await AskAsync(client, new { question = SeedQuestion, articleId = TwoArticlePipelineFactory.WarsawId });
        var open = await AskAsync(client, new { question = SeedQuestion });

        Assert.Equal(TwoArticlePipelineFactory.WarsawId, scoped.ArticleId);
        Assert.All(scoped.Citations, c => Assert.Equal(TwoArticlePipelineFactory.WarsawId, c.Article));
        Assert.Null(open.ArticleId);
        Assert.Contains(open.Citations, c => c.Article == TwoArticlePipelineFactory.SeedId && c.Quote.Contains("prolong the conflict", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_FollowUpWithoutArticleId_StaysInTheConversationsArticle()
    {
        var client = factory.CreateClient();
        var first = await AskAsync(client, new { question = "What is the capital of Poland?", articleId = TwoArticlePipelineFactory.WarsawId });

        var followUp = await AskAsync(client, new { question = "what did Lavrov say about weapons?", conversationId = first.ConversationId });

        Assert.Equal(TwoArticlePipelineFactory.WarsawId, followUp.ArticleId);
        Assert.All(followUp.Citations, c => Assert.Equal(TwoArticlePipelineFactory.WarsawId, c.Article));
    }

    [Fact]
    public async Task Ask_UnknownArticleId_Is400NamingTheField()
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/ask", new { question = SeedQuestion, articleId = "no-such-article" });
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("articleId", out _));
    }

    [Fact]
    public async Task OpenApi_DocumentsTheArticleIdField()
    {
        var document = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"articleId\"", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("emulator", null)]
    [InlineData("msteams", "personal")]
    public async Task Chat_AskAboutTitle_PinsTheConversationUntilAllArticles(string channelId, string? conversationType)
    {
        var bot = new BotClient(factory.CreateClient(), channelId, conversationType: conversationType);

        var pinned = (await bot.SayAsync("ask about Warsaw"))[0];
        var whilePinned = (await bot.SayAsync(SeedQuestion))[0];
        var unpinned = (await bot.SayAsync("all articles"))[0];
        var afterwards = (await bot.SayAsync(SeedQuestion))[0];

        Assert.Contains("**Warsaw** only", pinned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("prolong the conflict", whilePinned.Text, StringComparison.Ordinal);
        Assert.Contains("all 2 articles", unpinned.Text, StringComparison.Ordinal);
        Assert.Contains("prolong the conflict", afterwards.Text, StringComparison.Ordinal);
        Assert.Contains("*Lavrov & Blinken", afterwards.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Reset_UnpinsTheConversation()
    {
        var bot = new BotClient(factory.CreateClient(), "emulator");

        await bot.SayAsync("ask about Warsaw");
        await bot.SayAsync("reset");
        var reply = (await bot.SayAsync(SeedQuestion))[0];

        Assert.Contains("prolong the conflict", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Help_ListsThePinCommandWhenSeveralArticlesAreLoaded()
    {
        var reply = (await new BotClient(factory.CreateClient(), "emulator").SayAsync("help"))[0];

        Assert.Contains("**ask about** *title*", reply.Text, StringComparison.Ordinal);
    }

    private static async Task<AskResponse> AskAsync(HttpClient client, object request)
    {
        using var response = await client.PostAsJsonAsync("/api/ask", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AskResponse>())!;
    }
}
