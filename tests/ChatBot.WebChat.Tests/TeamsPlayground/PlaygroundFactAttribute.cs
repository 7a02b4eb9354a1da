namespace ChatBot.WebChat.Tests.TeamsPlayground;

/// <summary>
/// A test that drives the Agents Playground in the system Chromium. Skipped with a reason on a developer machine
/// without them; under CI (<c>CI=true</c>) it always runs, so a missing tool fails the build instead of hiding the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute() => Skip = AgentsPlayground.SkipReason;
}
