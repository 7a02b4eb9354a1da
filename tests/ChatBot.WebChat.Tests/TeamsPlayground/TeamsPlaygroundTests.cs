using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.WebChat.Tests.TeamsPlayground;

/// <summary>What a Teams user sees: the real bot on Kestrel, talked to by the Teams-like Agents Playground.</summary>
public sealed class TeamsPlaygroundTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    /// <summary>
    /// How long to wait for what the bot sends. Assertions do not take the context's default timeout but their own
    /// five seconds, which the first answer of a fresh host (models loading, the other core busy) can exceed.
    /// </summary>
    private const float BotReplyTimeout = 60_000;

    [PlaygroundFact]
    public async Task SeedQuestion_InTheTeamsPlayground_ShowsCitationPillsThatOpenTheQuote()
    {
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.Server.Address, "api/messages"));
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 820 }, Locale = "en-GB" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(playground.Address.ToString());
        // The welcome keeps its markdown (a bold title, not asterisks) and offers questions in a message of its own.
        await Expect(page.GetByText("Try one of these:").First).ToBeVisibleAsync(new() { Timeout = BotReplyTimeout });
        await Expect(page.GetByText("**", new() { Exact = false })).ToHaveCountAsync(0);

        var compose = page.Locator("[contenteditable='true'], textarea").First;
        await compose.FillAsync("what did Lavrov say about weapons?");
        await compose.PressAsync("Enter");

        var pills = page.Locator(".fai-Citation");
        await Expect(pills.First).ToBeVisibleAsync(new() { Timeout = BotReplyTimeout });
        await Expect(page.GetByText("You could also ask:").First).ToBeVisibleAsync(new() { Timeout = BotReplyTimeout });
        // The markers became pills: no bare "[1]" is left in the answer.
        await Expect(page.GetByText(new Regex(@"\[\d\]"))).ToHaveCountAsync(0);

        await pills.First.HoverAsync();
        // The pill opens the quote with its place in the article (the claim's name: title and paragraph).
        await Expect(page.GetByText(new Regex(@"¶\d+$"))).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = fixture.Screenshot("teams-playground-citation") });
        await context.CloseAsync();
    }
}
