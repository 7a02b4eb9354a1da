namespace ChatBot.State.Tests.Infrastructure;

/// <summary>
/// Whether this machine can run the tests that need a real redis-server. A developer machine without the Debian
/// package skips them with a reason, so `dotnet test` still works on a fresh machine; under CI (<c>CI=true</c>) they
/// always run, so a missing install step fails the build instead of hiding the tests.
/// </summary>
internal static class RedisAvailability
{
    public static string? SkipReason { get; } = Compute();

    private static string? Compute()
    {
        if (TestEnvironment.IsCi)
        {
            return null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var installed = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "redis-server")));
        return installed
            ? null
            : "redis-server is not installed (apt-get install -y redis-server, as .ci/run does); under CI=true this test fails instead of skipping.";
    }
}
