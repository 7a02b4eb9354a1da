using ChatBot.Tests.Fakes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.WireFormat;

/// <summary>
/// Pins the JSON the bot puts on the wire for Teams and the Emulator, so a move off Bot Framework 4.23.1
/// (docs/bot-framework.md) can prove it changes nothing a client reads. Ids and timestamps are masked; every other
/// property, its name, nesting and value must match the golden file exactly.
/// </summary>
public sealed class WireFormatTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory _factory;

    public WireFormatTests(ChatBotFactory factory) => _factory = factory;

    public static TheoryData<string, string?, string> Turns => new()
    {
        { "msteams", "personal", "what did Lavrov say about military equipment?" },
        { "emulator", null, "what did Lavrov say about military equipment?" },
        { "msteams", "personal", "xyzzy plugh?" },
    };

    [Theory]
    [MemberData(nameof(Turns))]
    public async Task Reply_OnChannel_MatchesPinnedJson(string channel, string? conversationType, string text)
    {
        var bot = new BotClient(_factory.CreateClient(), channel, conversationType: conversationType);

        using var response = await bot.PostAsync(bot.NewMessage(text));
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());

        var actual = WireJson.Normalize(body);
        var golden = WireJson.GoldenPath(channel, text);
        if (Environment.GetEnvironmentVariable("UPDATE_WIRE_FORMAT") == "1")
        {
            WireJson.Write(golden, actual);
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}; run once with UPDATE_WIRE_FORMAT=1 and review the diff.");
        var expected = JToken.Parse(File.ReadAllText(golden));
        Assert.True(JToken.DeepEquals(expected, actual),
            $"The {channel} reply to \"{text}\" changed on the wire.\nExpected:\n{expected}\nActual:\n{actual}");
    }

    [Fact]
    public async Task Reply_OnTeams_CarriesTheFieldsTeamsReads()
    {
        // A readable statement of what the golden files hold, so a failing diff has a reason next to it.
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");

        using var response = await bot.PostAsync(bot.NewMessage("what did Lavrov say about military equipment?"));
        var reply = JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!
            .Single(a => a.Value<string>("type") == ActivityTypes.Message);

        Assert.Equal("markdown", reply.Value<string>("textFormat"));
        Assert.True(reply["channelData"]!.Value<bool>("feedbackLoopEnabled"));
        var entity = reply["entities"]!.Single();
        Assert.Equal("https://schema.org/Message", entity.Value<string>("type"));
        Assert.Equal("AIGeneratedContent", entity["additionalType"]![0]!.Value<string>());
        Assert.Equal(1, entity["citation"]![0]!.Value<int>("position"));
    }
}
