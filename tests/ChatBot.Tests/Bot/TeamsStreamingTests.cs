using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.Bot;

/// <summary>Teams streaming through TestAdapter: informative update, chunks about once a second, final message.</summary>
public sealed class TeamsStreamingTests
{
    private const string Question = "what did Lavrov say about military equipment?";

    [Fact]
    public async Task Answer_InTeamsPersonalChat_StreamsInformativeThenChunksThenFinalWithCitations()
    {
        var harness = new BotTestHarness("msteams", "personal");
        harness.Answerer.BeforeAnswer = async (_, drafts, ct) =>
        {
            Assert.NotNull(drafts);
            await drafts.ReportStatusAsync("Searching the article…", ct);
            await drafts.ReportDraftAsync("Lavrov", ct); // within a second of the last update: held back
            harness.Clock.Advance(TimeSpan.FromMilliseconds(1100));
            await drafts.ReportDraftAsync("Lavrov told Blinken", ct);
            await drafts.ReportDraftAsync("Lavrov told Blinken that supplying", ct); // held back
            harness.Clock.Advance(TimeSpan.FromMilliseconds(1100));
            await drafts.ReportDraftAsync("Lavrov told Blinken that supplying military equipment", ct);
            await drafts.ReportStatusAsync("Checking citations…", ct); // text is streaming: no informative update now
        };
        string? streamId = null;

        await harness.Flow()
            .Send(Question)
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a =>
            {
                var info = AssertStreamInfo(a, "informative", 1, expectId: false);
                Assert.Equal("Searching the article…", ((Activity)a).Text);
                streamId = a.Id;
                Assert.Null(info["streamId"]);
            })
            .AssertReply(a =>
            {
                var info = AssertStreamInfo(a, "streaming", 2, expectId: true);
                Assert.Equal(streamId, info.Value<string>("streamId"));
                Assert.Equal("Lavrov told Blinken", ((Activity)a).Text);
            })
            .AssertReply(a =>
            {
                AssertStreamInfo(a, "streaming", 3, expectId: true);
                Assert.Equal("Lavrov told Blinken that supplying military equipment", ((Activity)a).Text);
            })
            .AssertReply(a =>
            {
                var final = (Activity)a;
                Assert.Equal(ActivityTypes.Message, final.Type);
                var info = Assert.Single(final.Entities, e => e.Type == "streaminfo");
                Assert.Equal("final", info.Properties.Value<string>("streamType"));
                Assert.Equal(streamId, info.Properties.Value<string>("streamId"));
                BotMessagesTests.AssertCitationEntity(final, expectedClaims: 1);
                Assert.Contains("prolong the conflict. [1]", final.Text);
                Assert.True(((JObject)final.ChannelData).Value<bool>("feedbackLoopEnabled"));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("msteams", "groupChat")]
    [InlineData("emulator", "personal")]
    public async Task Answer_WhereTeamsCannotStream_GetsOnlyTheFinalMessage(string channelId, string conversationType)
    {
        var harness = new BotTestHarness(channelId, conversationType);
        harness.Answerer.BeforeAnswer = (_, drafts, _) =>
        {
            Assert.Null(drafts);
            return Task.CompletedTask;
        };

        await harness.Flow()
            .Send(Question)
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a =>
            {
                Assert.Equal(ActivityTypes.Message, a.Type);
                Assert.DoesNotContain(((Activity)a).Entities, e => e.Type == "streaminfo");
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Conversation_FollowUpAndReset_OnTestAdapter_KeepsThenForgetsHistory()
    {
        var harness = new BotTestHarness("msteams", "personal");

        await harness.Flow()
            .Send(Question)
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a => Assert.Contains("[1]", ((Activity)a).Text))
            .Send("and what did he accuse the West of?")
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a => Assert.Equal(ActivityTypes.Message, a.Type))
            .Send("reset")
            .AssertReply(a => Assert.Contains("forgotten", ((Activity)a).Text))
            .Send("who brokered the grain deal?")
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a => Assert.Contains("Odesa", ((Activity)a).Text))
            .StartTestAsync();

        var questions = harness.Answerer.Questions.ToArray();
        Assert.Equal(Question, Assert.Single(questions[1].History).Question);
        Assert.Empty(questions[2].History);
    }

    private static JObject AssertStreamInfo(IActivity activity, string streamType, int sequence, bool expectId)
    {
        Assert.Equal(ActivityTypes.Typing, activity.Type);
        var entity = Assert.Single(((Activity)activity).Entities, e => e.Type == "streaminfo");
        Assert.Equal(streamType, entity.Properties.Value<string>("streamType"));
        Assert.Equal(sequence, entity.Properties.Value<int>("streamSequence"));
        Assert.Equal(expectId, entity.Properties["streamId"] is not null);
        return entity.Properties;
    }
}
