using ChatBot.Tests.Hosting;

namespace ChatBot.Tests.Api;

/// <summary>A wrong setting stops the service at start, with a non-zero exit code and a message that names it.</summary>
/// <remarks>Run as a process: through WebApplicationFactory, a host that fails to start is disposed by the app
/// while the factory still reads its services, which made this test fail now and then with ObjectDisposedException.</remarks>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppType", "Anonymous", "MicrosoftAppType must be")]
    [InlineData("Bot:HistoryTurns", "-1", "HistoryTurns")]
    [InlineData("Api:MaxRequestBodyBytes", "0", "MaxRequestBodyBytes")]
    [InlineData("Api:AccessKey", "short", "Api:AccessKey")]
    public async Task Start_InvalidSetting_FailsNamingTheSetting(string key, string value, string expectedInMessage)
    {
        var (exitCode, output) = await ChatBotProcess.RunAsync($"--{key}={value}");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expectedInMessage, output, StringComparison.Ordinal);
    }
}
