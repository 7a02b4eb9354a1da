using Microsoft.Playwright;

namespace ChatBot.WebChat.Tests;

/// <summary>The Chromium that Debian's <c>chromium</c> package installs; Playwright never downloads a browser here.</summary>
public static class SystemChromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Why the browser tests cannot run here, or null when they run (always under CI, to fail loudly).</summary>
    public static string? SkipReason => IsInstalled || TestEnvironment.IsCi
        ? null
        : $"Chromium is not installed at {ExecutablePath} (install Debian's 'chromium' package, as .ci/run does, " +
          "or set CHROMIUM_PATH); under CI=true this test fails instead of skipping.";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}; .ci/run installs it with 'apt-get install chromium'.");
        }

        // Playwright's launch gives each run a fresh temporary profile (user data dir).
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }
}
