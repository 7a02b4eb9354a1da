using ChatBot.Tests.Fakes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.Bot;

/// <summary>The bot through the real host: HTTP POST /api/messages with expectReplies, fakes behind it.</summary>
public sealed class BotMessagesTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory _factory;

    public BotMessagesTests(ChatBotFactory factory) => _factory = factory;

    [Fact]
    public async Task Message_OnEmulator_RepliesWithCitedAnswerAndSourcesFootnote()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        var replies = await bot.SayAsync("what did Lavrov say about military equipment?");

        var reply = Assert.Single(replies);
        Assert.StartsWith("Lavrov told Blinken that supplying military equipment to Kyiv would only prolong the conflict. [1]", reply.Text);
        Assert.Contains("**Sources**", reply.Text);
        Assert.Contains("\n\n[1] *Blinken and Lavrov hold their first telephone call", reply.Text);
        Assert.Contains("… ¶2*: “Lavrov told Blinken that supplying military equipment", reply.Text);
        Assert.Equal(TextFormatTypes.Markdown, reply.TextFormat);
        AssertCitationEntity(reply, expectedClaims: 1);
    }

    [Fact]
    public async Task Message_OnTeams_RepliesWithCitationEntityFeedbackAndNoFootnote()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");

        var replies = await bot.SayAsync("what did Lavrov say about military equipment?");

        var reply = Assert.Single(replies);
        Assert.DoesNotContain("Sources", reply.Text);
        Assert.Contains("[1]", reply.Text);
        var claim = AssertCitationEntity(reply, expectedClaims: 1)[0];
        var name = claim["appearance"]!.Value<string>("name")!;
        Assert.True(name.Length <= 80, $"name has {name.Length} characters");
        Assert.StartsWith("Blinken and Lavrov hold their first telephone call", name);
        Assert.EndsWith("… ¶2", name);
        Assert.True(((JObject)reply.ChannelData).Value<bool>("feedbackLoopEnabled"));
    }

    [Fact]
    public async Task Message_WithLongQuote_CutsAbstractTo160Characters()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");

        var replies = await bot.SayAsync("what did Blinken press the Kremlin about the detainees?");

        var claim = AssertCitationEntity(Assert.Single(replies), expectedClaims: 1)[0];
        var summary = claim["appearance"]!.Value<string>("abstract")!;
        Assert.InRange(summary.Length, 120, 160);
        Assert.EndsWith("…", summary);
        Assert.StartsWith("US Secretary of State Antony Blinken held a telephonic conversation", summary);
    }

    [Fact]
    public async Task Message_Always_ShowsTypingBeforeTheAnswer()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        var activities = await bot.SendAllAsync(bot.NewMessage("where did the grain ship leave from?"));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], activities.Select(a => a.Type));
    }

    [Fact]
    public async Task Message_NotCoveredByArticles_SaysSoWithoutCitations()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        var reply = Assert.Single(await bot.SayAsync("xyzzy plugh?"));

        Assert.Equal(FakeQuestionAnswerer.NotFound, reply.Text);
        var entity = Assert.Single(reply.Entities);
        Assert.Null(entity.Properties["citation"]);
    }

    [Fact]
    public async Task ConversationUpdate_UserJoins_WelcomesWithTitlesDatesAndThreeQuestions()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");
        var joined = bot.NewMessage(null);
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("bot-1"), new ChannelAccount("user-1")];

        var reply = Assert.Single(await bot.SendAsync(joined));

        Assert.Contains($"**{TestArticles.LongTitle}** (30 July 2022)", reply.Text);
        Assert.Contains("**First grain ship leaves Odesa** (1 August 2022)", reply.Text);
        var actions = reply.SuggestedActions.Actions;
        Assert.Equal(3, actions.Count);
        Assert.Equal("What did Lavrov say about weapons?", actions[0].Value);
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task ConversationUpdate_OnlyBotAdded_SendsNothing()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");
        var joined = bot.NewMessage(null);
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("bot-1")];

        Assert.Empty(await bot.SendAsync(joined));
    }

    [Fact]
    public async Task ConversationUpdate_BotInstalledInTeams_Welcomes()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");
        var installed = bot.NewMessage(null);
        installed.Type = ActivityTypes.ConversationUpdate;
        installed.MembersAdded = [new ChannelAccount("bot-1")];

        var replies = await bot.SendAsync(installed);

        Assert.Equal(2, replies.Count);
        Assert.Contains("What I know:", replies[0].Text);
        Assert.Null(replies[0].SuggestedActions);
        Assert.Equal("Try one of these:", replies[1].Text);
        Assert.Equal(3, replies[1].SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task ConversationUpdate_PersonJoinsTeam_SendsNothing()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "channel");
        var joined = bot.NewMessage(null);
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount("user-2")];

        Assert.Empty(await bot.SendAsync(joined));
    }

    [Fact]
    public async Task Help_Typed_ExplainsCommands()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        var reply = Assert.Single(await bot.SayAsync("help"));

        Assert.Contains("**reset**", reply.Text);
        Assert.Contains("2 news articles", reply.Text);
        Assert.Contains("2,000 characters", reply.Text);
    }

    [Fact]
    public async Task FollowUp_SameConversation_ReceivesEarlierTurns()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        await bot.SayAsync("what did Lavrov say about military equipment?");
        await bot.SayAsync("and what did he accuse the West of?");

        var followUp = _factory.Answerer.Questions.Last(q => q.Text == "and what did he accuse the West of?");
        var earlier = Assert.Single(followUp.History);
        Assert.Equal("what did Lavrov say about military equipment?", earlier.Question);
        Assert.True(earlier.Answered);
        Assert.Equal(2, Assert.Single(earlier.Citations).Paragraph);
    }

    [Fact]
    public async Task Reset_ThenAsk_StartsWithoutHistory()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");
        await bot.SayAsync("what did Lavrov say about military equipment?");

        var reset = Assert.Single(await bot.SayAsync("reset"));
        await bot.SayAsync("who brokered the grain deal with Turkey?");

        Assert.Contains("forgotten", reset.Text);
        var afterReset = _factory.Answerer.Questions.Last(q => q.Text == "who brokered the grain deal with Turkey?");
        Assert.Empty(afterReset.History);
    }

    [Fact]
    public async Task Message_InTeamsChannelWithMention_AnswersTheQuestionWithoutTheMention()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "channel");
        var message = bot.NewMessage("<at>ChatBot</at> who brokered the grain deal?");
        message.Entities =
        [
            new Mention(new ChannelAccount("bot-1", "ChatBot"), "<at>ChatBot</at>"),
        ];

        var reply = Assert.Single(await bot.SendAsync(message));

        Assert.Contains(_factory.Answerer.Questions, q => q.Text == "who brokered the grain deal?");
        Assert.Contains("Odesa", reply.Text);
    }

    [Fact]
    public async Task Message_Empty_GetsFriendlyReply()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        var reply = Assert.Single(await bot.SayAsync("   "));

        Assert.Contains("didn't catch a question", reply.Text);
    }

    [Fact]
    public async Task Message_AttachmentOnly_AsksForText()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");
        var message = bot.NewMessage(null);
        message.Attachments = [new Attachment("image/png", "http://localhost:9/cat.png", name: "cat.png")];

        var reply = Assert.Single(await bot.SendAsync(message));

        Assert.Contains("only read text", reply.Text);
    }

    [Fact]
    public async Task Message_OverLong_AsksForShorterQuestion()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        var reply = Assert.Single(await bot.SayAsync(new string('a', 2001)));

        Assert.Contains("2,001 characters", reply.Text);
        Assert.DoesNotContain(_factory.Answerer.Questions, q => q.Text.Length > 2000);
    }

    [Fact]
    public async Task FeedbackInvoke_FromTeams_Returns200AndLogsReactionWithQuestion()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");
        var invoke = bot.NewMessage(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = "reply-42";
        invoke.Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"too vague\"}"}}""");
        invoke.DeliveryMode = null;

        using var response = await bot.PostAsync(invoke);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_factory.Logs.Entries, e => e.Level == LogLevel.Information
            && e.Message.Contains("Feedback dislike", StringComparison.Ordinal)
            && e.Message.Contains("too vague", StringComparison.Ordinal)
            && e.Message.Contains("reply-42", StringComparison.Ordinal));
    }

    internal static JArray AssertCitationEntity(Activity reply, int expectedClaims)
    {
        var entity = Assert.Single(reply.Entities, e => e.Type == "https://schema.org/Message");
        Assert.Equal("Message", entity.Properties.Value<string>("@type"));
        Assert.Equal("https://schema.org", entity.Properties.Value<string>("@context"));
        Assert.Equal("", entity.Properties.Value<string>("@id"));
        Assert.Equal(["AIGeneratedContent"], entity.Properties["additionalType"]!.Values<string>());
        var claims = (JArray)entity.Properties["citation"]!;
        Assert.Equal(expectedClaims, claims.Count);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            Assert.Equal("Claim", claim.Value<string>("@type"));
            Assert.Equal(i + 1, claim.Value<int>("position"));
            var appearance = claim["appearance"]!;
            Assert.Equal("DigitalDocument", appearance.Value<string>("@type"));
            Assert.InRange(appearance.Value<string>("name")!.Length, 1, 80);
            Assert.InRange(appearance.Value<string>("abstract")!.Length, 1, 160);
        }

        return claims;
    }
}
