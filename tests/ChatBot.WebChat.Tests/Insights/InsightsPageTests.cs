using System.Net.Http.Json;
using ChatBot.Insights;
using ChatBot.State;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatBot.WebChat.Tests.Insights;

/// <summary>The insights admin page in Chromium: refused without the key, then the declined questions grouped, the
/// disliked answer with its quote, the counts, and a CSV download.</summary>
public sealed class InsightsPageTests : IAsyncLifetime
{
    private const string AdminKey = "insights-page-admin-key";

    private static readonly string[] s_weather =
        ["What's the weather forecast for London tomorrow?", "Will it rain in London tomorrow?", "How is the weather in London tomorrow?"];

    // A property, as in WebChatFixture: disposed in DisposeAsync, with the browser.
    private ChatBotServer Server { get; } = new(new Dictionary<string, string?> { ["Feedback:AdminKey"] = AdminKey, ["RateLimit:Enabled"] = "false" });
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!SystemChromium.IsInstalled && !TestEnvironment.IsCi)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await SystemChromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    [BrowserFact]
    public async Task InsightsPage_WithTheKey_ShowsGroupsDislikedQuotesAndExportsCsv()
    {
        using var http = new HttpClient { BaseAddress = Server.Address };
        foreach (var question in s_weather.Append("Who painted the Mona Lisa?"))
        {
            (await http.PostAsJsonAsync("/api/ask", new { question })).EnsureSuccessStatusCode();
        }

        // A Teams answer and the 👎 on it, as the bot records them (the session test drives the invoke itself).
        var now = DateTimeOffset.UtcNow;
        await Server.Services.GetRequiredService<IInsightsStore>().RecordAsync(new InsightEvent(now, "answered", "msteams", "q-1",
            "What did Lavrov say about weapons?", [new InsightQuote("article-2022-07-30", "Lavrov & Blinken", 6, "supplying military equipment will prolong the conflict")]), default);
        await Server.Services.GetRequiredService<IFeedbackStore>().RecordAsync(new FeedbackEntry(now, "dislike", "too short",
            "msteams", "c-1", "r-1", "q-1", "What did Lavrov say about weapons?", "u-1"), default);

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, Locale = "en-GB" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Server.Address, "/admin/insights.html").ToString());

        await page.FillAsync("#admin-key", "wrong-key-wrong-key");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("not accepted");
        Assert.True(await page.Locator("#declined-section").IsHiddenAsync());

        await page.FillAsync("#admin-key", AdminKey);
        await page.ClickAsync("button[type=submit]");

        var groups = page.Locator("#declined > li");
        await Assertions.Expect(groups).ToHaveCountAsync(2);
        await Assertions.Expect(groups.First.Locator(".count")).ToHaveTextAsync("3×");
        await Assertions.Expect(groups.First.Locator(".wordings li")).ToHaveCountAsync(2);
        var disliked = page.Locator("#disliked tbody tr");
        await Assertions.Expect(disliked).ToHaveCountAsync(1);
        await Assertions.Expect(disliked.Locator(".question")).ToHaveTextAsync("What did Lavrov say about weapons?");
        await Assertions.Expect(disliked.Locator("blockquote")).ToContainTextAsync("prolong the conflict");
        await Assertions.Expect(page.Locator("#days tbody tr td").Nth(2)).ToHaveTextAsync("4");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("timestamp,kind,channel,question,declined_group,comment,quotes", csv, StringComparison.Ordinal);
        Assert.Contains("too short", csv, StringComparison.Ordinal);

        var accessibility = await page.RunAxe();
        Assert.Empty(accessibility.Violations);
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "webchat")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "insights.png"), FullPage = true });
    }
}
