using System.Text.Json;
using Microsoft.Playwright;

namespace ChatBot.WebChat.Tests;

/// <summary>The web chat as a user sees it: found by role and accessible name, as assistive technology finds it.</summary>
public sealed class WebChatPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator QuestionBox => Page.GetByRole(AriaRole.Textbox, new() { Name = "Ask about the article", Exact = true });

    public ILocator AskButton => Page.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true });

    public ILocator Log => Page.GetByRole(AriaRole.Log);

    /// <summary>Replies of the bot (answers and "not in the article"), not the spinner or error notes.</summary>
    public ILocator Replies => Log.Locator(".msg.bot:not(.pending)");

    public ILocator LastReply => Replies.Last;

    public ILocator Errors => Log.Locator(".msg.error");

    public ILocator Mark => Page.Locator("#article mark");

    public static ILocator CitationButton(ILocator reply, int id) =>
        reply.GetByRole(AriaRole.Button, new() { Name = $"Citation {id}", Exact = true });

    /// <summary>
    /// Asks <paramref name="question"/> (by default: fill the box, click "Ask"; or as <paramref name="typeAndSend"/> does)
    /// and returns what the service answered and what the page sent, once the reply is on screen.
    /// </summary>
    public async Task<(AskResponse Response, JsonElement Request)> AskAsync(string question, Func<Task>? typeAndSend = null)
    {
        var before = await Replies.CountAsync();
        var response = await Page.RunAndWaitForResponseAsync(
            typeAndSend ?? (async () =>
            {
                await QuestionBox.FillAsync(question);
                await AskButton.ClickAsync();
            }),
            r => r.Url.EndsWith("/api/ask", StringComparison.Ordinal) && r.Request.Method == "POST");

        Assert.True(response.Ok, $"POST /api/ask answered HTTP {response.Status}: {await response.TextAsync()}");
        var body = JsonSerializer.Deserialize<AskResponse>(await response.TextAsync(), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("POST /api/ask returned no body.");
        var request = response.Request.PostDataJSON() ?? throw new InvalidOperationException("The page sent no JSON body.");
        await Assertions.Expect(Replies).ToHaveCountAsync(before + 1);
        return (body, request);
    }

    /// <summary>Whether the page can be scrolled sideways (it must not be, at any width).</summary>
    public Task<bool> ScrollsHorizontallyAsync() =>
        Page.EvaluateAsync<bool>("() => document.scrollingElement.scrollWidth > window.innerWidth");
}
