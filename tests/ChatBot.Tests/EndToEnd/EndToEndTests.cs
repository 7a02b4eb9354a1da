using System.Net;
using System.Net.Http.Json;
using ChatBot.Api;
using ChatBot.Tests.Bot;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The seed article through the whole pipeline: HTTP, bot, answering, retrieval, embeddings.</summary>
public sealed class EndToEndTests : IClassFixture<RealPipelineFactory>
{
    private const string SeedQuestion = "what did Lavrov say about weapons?";

    private readonly RealPipelineFactory _factory;

    public EndToEndTests(RealPipelineFactory factory) => _factory = factory;

    [Theory]
    [InlineData("emulator", null)]
    [InlineData("msteams", "personal")]
    public async Task SeedQuestion_OverApiMessages_AnswersProlongTheConflictWithCitation(string channelId, string? conversationType)
    {
        var bot = new BotClient(_factory.CreateClient(), channelId, conversationType: conversationType);

        var replies = await bot.SayAsync(SeedQuestion);

        var reply = replies[0];
        Assert.Contains("prolong the conflict", reply.Text);
        Assert.Matches(@"\[\d\]", reply.Text);
        BotMessagesTests.AssertCitationEntity(reply, expectedClaims: reply.Entities[0].Properties["citation"]!.Count());
        Assert.Equal(channelId != "msteams", reply.Text.Contains("**Sources**", StringComparison.Ordinal));
        // Suggested follow-ups ride on the answer, except in Teams, where they come in a message of their own so the
        // answer keeps its citation pills.
        var suggestions = Assert.Single(replies, r => r.SuggestedActions?.Actions.Count > 0);
        Assert.Equal(channelId == "msteams" ? 2 : 1, replies.Count);
        Assert.Same(channelId == "msteams" ? replies[1] : reply, suggestions);
    }

    [Fact]
    public async Task SeedQuestion_OverApiAsk_QuotesTheArticleExactly()
    {
        var client = _factory.CreateClient();

        var answer = await (await client.PostAsJsonAsync("/api/ask", new { question = SeedQuestion })).Content.ReadFromJsonAsync<AskResponse>();
        var article = await client.GetFromJsonAsync<ArticleDocument>("/api/articles/article-2022-07-30");

        Assert.True(answer!.Answered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("prolong the conflict", StringComparison.Ordinal));
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, article!.Text[c.Start..c.End]));
    }

    [Fact]
    public async Task FollowUp_OverApiMessages_ResolvesWhoHeIs()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        await bot.SayAsync(SeedQuestion);
        var reply = Assert.Single(await bot.SayAsync("and what did he accuse the West of?"));

        Assert.Contains("geopolitical interests", reply.Text);
    }

    [Fact]
    public async Task Healthz_AfterLoad_Returns200()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
