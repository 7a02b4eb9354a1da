namespace ChatBot.TestSupport;

/// <summary>Facts about where the tests run, shared by the test projects that need them (linked from tests/Shared).</summary>
internal static class TestEnvironment
{
    /// <summary>
    /// True under CI (<c>CI=true</c>, as .ci/run is run). Tests that need a system package (Chromium, redis-server)
    /// skip with a reason on a developer machine without it, but never here: a missing install step must fail CI.
    /// </summary>
    public static bool IsCi { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
