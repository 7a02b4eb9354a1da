using ChatBot.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Api;

/// <summary>A wrong setting stops the service at start with a message that names it.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppType", "Anonymous", "MicrosoftAppType must be")]
    [InlineData("Bot:HistoryTurns", "-1", "HistoryTurns")]
    [InlineData("Api:MaxRequestBodyBytes", "0", "MaxRequestBodyBytes")]
    public async Task Start_InvalidSetting_FailsNamingTheSetting(string key, string value, string expectedInMessage)
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expectedInMessage, error.Message);
    }
}
