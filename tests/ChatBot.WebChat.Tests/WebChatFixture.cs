using System.Net;
using Microsoft.Playwright;

namespace ChatBot.WebChat.Tests;

/// <summary>One running ChatBot host and one headless Chromium, shared by the browser tests of a class.</summary>
public sealed class WebChatFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromMinutes(3);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ChatBotServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Screenshots land here (gitignored), one folder per run of the tests.</summary>
    public string ArtifactsPath { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "webchat");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ArtifactsPath);
        await WaitUntilReadyAsync();
        // The browser tests are skipped without Chromium off CI; under CI a missing browser fails here, loudly.
        if (SystemChromium.IsInstalled || TestEnvironment.IsCi)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await SystemChromium.LaunchAsync(_playwright);
        }
    }

    public async Task<IPage> NewPageAsync(int width, int height, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Server.Address.ToString());
        return page;
    }

    public string Screenshot(string name) => Path.Combine(ArtifactsPath, $"{name}.png");

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    // The host answers /healthz 503 until the article index is loaded; the page is only useful after that.
    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + s_readyTimeout;
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(250);
        }
    }
}
