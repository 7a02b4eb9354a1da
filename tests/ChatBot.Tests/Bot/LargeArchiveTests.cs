using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ChatBot.Api;
using ChatBot.Knowledge;
using ChatBot.Tests.Fakes;
using Microsoft.Bot.Schema;

namespace ChatBot.Tests.Bot;

/// <summary>What a user sees of an archive of thousands of articles, and while it is still being indexed.</summary>
public sealed class LargeArchiveTests
{
    private const int ArticleCount = 2_000;

    /// <summary>Article i is dated i days after 1 January 2020, so the newest is the last.</summary>
    private static readonly IReadOnlyList<Article> s_archive = Enumerable.Range(0, ArticleCount)
        .Select(i => TestArticles.Build(
            string.Create(CultureInfo.InvariantCulture, $"story-{i:0000}"),
            string.Create(CultureInfo.InvariantCulture, $"Headline number {i:0000} about the markets"),
            new DateOnly(2020, 1, 1).AddDays(i),
            "Shares rose on Monday. Analysts were surprised."))
        .ToArray();

    [Fact]
    public async Task ConversationUpdate_TwoThousandArticles_WelcomesWithTheFiveNewestAndHowManyMore()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(s_archive));
        var bot = new BotClient(factory.CreateClient(), "msteams", conversationType: "personal");

        var welcome = (await bot.SendAsync(Joined(bot)))[0];

        Assert.InRange(welcome.Text.Length, 1, 2_000);
        Assert.Contains("2,000 articles", welcome.Text);
        Assert.Contains("**Headline number 1999 about the markets**", welcome.Text);
        Assert.Contains("**Headline number 1995 about the markets**", welcome.Text);
        Assert.DoesNotContain("Headline number 1994", welcome.Text);
        Assert.Contains("1,995 more", welcome.Text);
        Assert.Contains("**list**", welcome.Text);
        Assert.DoesNotContain("still reading", welcome.Text);
    }

    [Fact]
    public async Task Help_TwoThousandArticles_IsBoundedToo()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(s_archive));
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var help = Assert.Single(await bot.SayAsync("help"));

        Assert.InRange(help.Text.Length, 1, 2_000);
        Assert.Contains("2,000 news articles", help.Text);
        Assert.Contains("1,995 more", help.Text);
    }

    [Fact]
    public async Task List_SecondPage_ShowsTheNextTwentyNewestAndWhereToGoOn()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(s_archive));
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var page = Assert.Single(await bot.SayAsync("list 2"));

        Assert.Contains("page 2 of 100", page.Text);
        Assert.Contains("Headline number 1979 ", page.Text);
        Assert.Contains("Headline number 1960 ", page.Text);
        Assert.DoesNotContain("Headline number 1980 ", page.Text);
        Assert.DoesNotContain("Headline number 1959 ", page.Text);
        Assert.Contains("**list 3**", page.Text);
        Assert.Empty(factory.Answerer.Questions);
    }

    [Fact]
    public async Task ConversationUpdate_StillEmbedding_SaysItIsReadingAndHowFar()
    {
        var knowledge = new FakeKnowledgeBase(s_archive)
        {
            Progress = new IndexingProgress(false, ArticleCount, 500, 36_000, 9_000, 300, TimeSpan.FromMinutes(1.5)),
        };
        await using var factory = new ChatBotFactory(knowledge);
        var bot = new BotClient(factory.CreateClient(), "emulator");

        var welcome = (await bot.SendAsync(Joined(bot)))[0];

        Assert.Contains("still reading: 500 of 2,000 articles", welcome.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("25", welcome.Text);
        Assert.Contains("You can ask already", welcome.Text);
    }

    [Fact]
    public async Task Healthz_WhileEmbeddingThenComplete_DegradedThenHealthy()
    {
        var knowledge = new FakeKnowledgeBase(s_archive)
        {
            Progress = new IndexingProgress(false, ArticleCount, 500, 36_000, 9_000, 300, TimeSpan.FromSeconds(90)),
        };
        await using var factory = new ChatBotFactory(knowledge);
        var client = factory.CreateClient();

        using var partial = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var partialBody = await partial.Content.ReadAsStringAsync();
        var partialStatus = await client.GetFromJsonAsync<IndexStatus>("/api/status");
        knowledge.Progress = new IndexingProgress(true, ArticleCount, ArticleCount, 36_000, 36_000);
        using var complete = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var completeStatus = await client.GetFromJsonAsync<IndexStatus>("/api/status");

        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal("Degraded", partialBody);
        Assert.True(partialStatus!.Ready);
        Assert.False(partialStatus.Complete);
        Assert.Equal(25, partialStatus.Percent);
        Assert.Equal(90, partialStatus.RemainingSeconds);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal("Healthy", await complete.Content.ReadAsStringAsync());
        Assert.True(completeStatus!.Complete);
    }

    private static Activity Joined(BotClient bot)
    {
        var joined = bot.NewMessage(null);
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("bot-1"), new ChannelAccount("user-1")];
        return joined;
    }
}
