namespace ChatBot.WebChat.Tests;

/// <summary>
/// A test that drives the system Chromium. Skipped with a reason on a developer machine without Chromium;
/// under CI (<c>CI=true</c>) it always runs, so a missing browser fails the build instead of hiding the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = SystemChromium.SkipReason;
}
