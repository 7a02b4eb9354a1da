namespace ChatBot.WebChat.Tests;

/// <summary>A data-driven <see cref="BrowserFactAttribute"/>: skipped without Chromium, except under CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = SystemChromium.SkipReason;
}
