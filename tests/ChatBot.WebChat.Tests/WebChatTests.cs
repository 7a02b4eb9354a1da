using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.WebChat.Tests;

/// <summary>The web chat in headless Chromium against the real host, its real /api/ask and articles.</summary>
public sealed class WebChatTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    private const string SeedQuestion = "what did Lavrov say about weapons?";
    private const string OffTopicQuestion = "Who won the 2018 FIFA World Cup final?";

    [BrowserFact]
    public async Task SeedQuestion_ClickCitation1_MarksExactlyTheReturnedQuote()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));

        var (answer, _) = await chat.AskAsync(SeedQuestion);
        var first = answer.Citations.First(c => c.Id == 1);
        var marker = WebChatPage.CitationButton(chat.LastReply, 1);
        await marker.ClickAsync();
        await chat.Page.ScreenshotAsync(new() { Path = fixture.Screenshot("desktop-seed-question-citation-1") });

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("prolong the conflict", StringComparison.Ordinal));
        Assert.Equal(first.Quote, await chat.Mark.TextContentAsync());
        await Expect(chat.Page.Locator($"#para-{first.Paragraph} mark")).ToHaveCountAsync(1);
        await Expect(chat.Mark).ToBeInViewportAsync();
        await Expect(marker).ToHaveAttributeAsync("title", new Regex(Regex.Escape(first.Quote)));
        await Expect(chat.LastReply.GetByRole(AriaRole.Group, new() { Name = "Suggested follow-up questions" })
            .GetByRole(AriaRole.Button)).ToHaveCountAsync(answer.FollowUps?.Count ?? 0);
    }

    [BrowserFact]
    public async Task FollowUpQuestion_SameConversation_IsAnsweredWithEachCitationInPlace()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));
        var (first, _) = await chat.AskAsync(SeedQuestion);

        var (followUp, request) = await chat.AskAsync("And what did he accuse the West of?");
        await chat.Page.ScreenshotAsync(new() { Path = fixture.Screenshot("desktop-follow-up") });

        Assert.Equal(first.ConversationId, request.GetProperty("conversationId").GetString());
        Assert.Equal(first.ConversationId, followUp.ConversationId);
        Assert.True(followUp.Answered, $"The follow-up was not answered: {followUp.Answer}");
        // "he" is Lavrov only if the service read the question in the conversation it continues.
        Assert.Contains(followUp.Citations, c => c.Quote.Contains("Lavrov accused the collective west", StringComparison.OrdinalIgnoreCase));
        foreach (var citation in followUp.Citations)
        {
            var marker = WebChatPage.CitationButton(chat.LastReply, citation.Id);
            if (await marker.CountAsync() == 0)
            {
                // A citation without a marker in the text is still reachable from the sources under the answer.
                marker = chat.LastReply.Locator($".sources button[data-cite='{citation.Id}']");
            }

            await marker.ClickAsync();
            Assert.Equal(citation.Quote, await chat.Mark.TextContentAsync());
        }

    }

    [BrowserTheory]
    [InlineData("hi")]
    [InlineData("👍")]
    [InlineData("Что сказал Лавров об оружии?")]
    public async Task SmallTalkOrOtherLanguage_OnThePage_FriendlyReplyWithoutTheNotInTheArticleBadge(string message)
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));

        var (reply, _) = await chat.AskAsync(message);

        Assert.False(reply.Answered);
        Assert.NotEqual("notCovered", reply.Kind);
        await Expect(chat.LastReply).Not.ToHaveClassAsync(new Regex(@"\bunanswered\b"));
        await Expect(chat.LastReply).Not.ToContainTextAsync("Not in the article");
        await Expect(chat.LastReply.GetByRole(AriaRole.Group, new() { Name = "Suggested follow-up questions" }).GetByRole(AriaRole.Button))
            .Not.ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Conversation_ScopedToTheArticleInView_FollowUpStaysInIt()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));
        var shown = await chat.Page.Locator("#article-select").InputValueAsync();

        var (first, firstRequest) = await chat.AskAsync("What did Blinken press the Kremlin to accept?");
        var (followUp, request) = await chat.AskAsync("Who would it free?");

        Assert.Equal(shown, firstRequest.GetProperty("articleId").GetString());
        Assert.Equal(shown, request.GetProperty("articleId").GetString());
        Assert.Equal(shown, followUp.ArticleId);
        Assert.True(first.Answered && followUp.Answered, followUp.Answer);
        Assert.Contains(followUp.Citations, c => c.Quote.Contains("Paul Whelan and Brittney Griner", StringComparison.Ordinal));
        Assert.Contains("in the context of", followUp.ResolvedQuestion ?? "", StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task OffTopicQuestion_AfterAnAnswer_IsMutedNotInTheArticleWithoutCitations()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));
        await chat.AskAsync(SeedQuestion);
        var answered = chat.LastReply;
        var answeredBackground = await answered.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

        var (reply, _) = await chat.AskAsync(OffTopicQuestion);
        await chat.Page.ScreenshotAsync(new() { Path = fixture.Screenshot("desktop-off-topic") });

        Assert.False(reply.Answered, $"An off-topic question was answered: {reply.Answer}");
        Assert.Empty(reply.Citations);
        var muted = chat.LastReply;
        await Expect(muted).ToHaveClassAsync(new Regex(@"\bunanswered\b"));
        await Expect(muted).ToContainTextAsync("Not in the article");
        await Expect(muted.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Citation") })).ToHaveCountAsync(0);
        Assert.NotEqual(answeredBackground, await muted.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [BrowserTheory]
    [InlineData(390, 844)] // a phone held upright: article above, chat below
    [InlineData(844, 390)] // the same phone sideways: two short columns
    public async Task PhoneScreen_AskAndOpenCitation_NoSidewaysScrollAndChatStaysUsable(int width, int height)
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(width, height));
        Assert.False(await chat.ScrollsHorizontallyAsync());
        await Expect(chat.QuestionBox).ToBeInViewportAsync();
        await Expect(chat.AskButton).ToBeInViewportAsync();

        var (answer, _) = await chat.AskAsync(SeedQuestion);
        await WebChatPage.CitationButton(chat.LastReply, 1).ClickAsync();
        await chat.Page.ScreenshotAsync(new() { Path = fixture.Screenshot($"phone-{width}x{height}-citation-1") });

        Assert.Equal(answer.Citations.First(c => c.Id == 1).Quote, await chat.Mark.TextContentAsync());
        await Expect(chat.Mark).ToBeInViewportAsync();
        await Expect(chat.LastReply).ToBeInViewportAsync();
        await Expect(chat.QuestionBox).ToBeInViewportAsync();
        Assert.False(await chat.ScrollsHorizontallyAsync());
        var ask = await chat.AskButton.BoundingBoxAsync();
        Assert.True(ask is { Width: >= 44, Height: >= 44 }, "The Ask button is smaller than a 44 px touch target.");
    }

    [BrowserFact]
    public async Task Keyboard_AskThenOpenCitation1_WorksWithoutAMouse()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));
        var keyboard = chat.Page.Keyboard;
        await keyboard.PressAsync("Tab");
        await Expect(chat.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to the question box" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        await Expect(chat.QuestionBox).ToBeFocusedAsync();

        var (answer, _) = await chat.AskAsync(SeedQuestion, async () =>
        {
            await keyboard.TypeAsync(SeedQuestion);
            await keyboard.PressAsync("Enter");
        });
        await Expect(chat.QuestionBox).ToBeFocusedAsync();
        var marker = WebChatPage.CitationButton(chat.LastReply, 1);
        for (var presses = 0; presses < 40 && !await marker.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await keyboard.PressAsync("Shift+Tab");
        }

        await Expect(marker).ToBeFocusedAsync();
        await keyboard.PressAsync("Enter");
        Assert.Equal(answer.Citations.First(c => c.Id == 1).Quote, await chat.Mark.TextContentAsync());
    }

    [BrowserFact]
    public async Task ServiceDownBadRequestTooLarge_Ask_ShowsPlainErrorsKeepsTheQuestionAndRecovers()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));
        await chat.Page.RouteAsync("**/api/ask", route => route.AbortAsync("connectionrefused"));
        await chat.QuestionBox.FillAsync(SeedQuestion);
        await chat.AskButton.ClickAsync();
        await Expect(chat.Errors).ToHaveCountAsync(1);
        await Expect(chat.Errors.Last).ToContainTextAsync("Cannot reach the ChatBot service");
        await Expect(chat.QuestionBox).ToHaveValueAsync(SeedQuestion);

        await chat.Page.UnrouteAsync("**/api/ask");
        await chat.Page.RouteAsync("**/api/ask", route => route.FulfillAsync(new()
        {
            Status = 400,
            ContentType = "application/problem+json",
            Body = """{"title":"Bad request","status":400,"detail":"The question must not be empty."}""",
        }));
        await chat.AskButton.ClickAsync();
        await Expect(chat.Errors).ToHaveCountAsync(2);
        await Expect(chat.Errors.Last).ToContainTextAsync("The question must not be empty.");

        await chat.Page.UnrouteAsync("**/api/ask");
        await chat.Page.RouteAsync("**/api/ask", route => route.FulfillAsync(new()
        {
            Status = 413,
            ContentType = "application/problem+json",
            Body = """{"title":"Request body too large","status":413}""",
        }));
        await chat.AskButton.ClickAsync();
        await Expect(chat.Errors).ToHaveCountAsync(3);
        await Expect(chat.Errors.Last).ToContainTextAsync("That question is too long. Please shorten it.");
        await Expect(chat.QuestionBox).ToHaveValueAsync(SeedQuestion);

        await chat.Page.UnrouteAsync("**/api/ask");
        var (answer, _) = await chat.AskAsync(SeedQuestion, () => chat.AskButton.ClickAsync());

        Assert.True(answer.Answered);
        await Expect(WebChatPage.CitationButton(chat.LastReply, 1)).ToBeVisibleAsync();
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task AnsweredAndUnansweredReplies_AxeWcag21AA_NoViolations(ColorScheme colorScheme)
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800, colorScheme));
        await chat.AskAsync(SeedQuestion);
        await WebChatPage.CitationButton(chat.LastReply, 1).ClickAsync();
        await chat.AskAsync(OffTopicQuestion);

        var result = await chat.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }

    [BrowserFact]
    public async Task AnswerWithMarkupAndUnknownMarker_Render_ShowsTextNeverRunsIt()
    {
        var chat = new WebChatPage(await fixture.NewPageAsync(1280, 800));
        const string Markup = "<img src=x onerror=\"document.title='pwned'\">";
        await chat.Page.RouteAsync("**/api/ask", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "application/json",
            Body = System.Text.Json.JsonSerializer.Serialize(new
            {
                answered = true,
                answer = $"**Bold** {Markup} and a marker with no citation [7].",
                conversationId = "c-1",
                citations = Array.Empty<object>(),
                followUps = Array.Empty<string>(),
            }),
        }));

        await chat.AskAsync(SeedQuestion);

        await Expect(chat.LastReply.Locator("strong")).ToHaveTextAsync("Bold");
        await Expect(chat.LastReply).ToContainTextAsync(Markup);
        await Expect(chat.LastReply).ToContainTextAsync("[7]");
        await Expect(chat.LastReply.Locator("img")).ToHaveCountAsync(0);
        await Expect(chat.LastReply.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Citation") })).ToHaveCountAsync(0);
        Assert.NotEqual("pwned", await chat.Page.TitleAsync());
    }
}
