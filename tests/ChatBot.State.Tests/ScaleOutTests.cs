using System.Net;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.State.Tests.Infrastructure.Conversations;

namespace ChatBot.State.Tests;

/// <summary>Two bot instances behind one Redis, as the Bot Service spreads a conversation's turns over them.</summary>
public sealed class ScaleOutTests(ScaleOutFixture fixture) : IClassFixture<ScaleOutFixture>
{
    [RedisFact]
    public async Task FollowUp_OverApiMessagesTurnOneOnAFollowUpOnB_CitesThePassageTheFirstTurnLeadsTo()
    {
        var user = new ChatClient("emulator");
        var stranger = new ChatClient("emulator");

        await user.SayAsync(fixture.ClientA, AboutLavrov);
        var followUp = Assert.Single(await user.SayAsync(fixture.ClientB, HisWeaponsWarning));
        var withoutMemory = Assert.Single(await stranger.SayAsync(fixture.ClientB, HisWeaponsWarning));

        Assert.Contains(WeaponsPassage, followUp.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[1\]", followUp.Text);
        Assert.DoesNotContain(WeaponsPassage, withoutMemory.Text, StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task FollowUp_OverTeamsTurnOneOnAFollowUpOnB_CitesThePassageInTheCitationEntity()
    {
        var user = new ChatClient("msteams");

        await user.SayAsync(fixture.ClientA, AboutLavrov);
        var replies = await user.SayAsync(fixture.ClientB, HisWeaponsWarning);

        // The answer, then (Teams) the suggested follow-ups in a message of their own.
        var entity = Assert.Single(replies[0].Entities, e => e.Type == "https://schema.org/Message");
        Assert.Contains(entity.Properties["citation"]!, claim =>
            claim["appearance"]!.Value<string>("abstract")!.Contains(WeaponsPassage, StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task FollowUp_OverApiAskTurnOneOnAFollowUpOnB_CitesThePassageTheFirstTurnLeadsTo()
    {
        var user = new ChatClient();
        var stranger = new ChatClient();

        await user.AskAsync(fixture.ClientA, AboutLavrov);
        var followUp = await user.AskAsync(fixture.ClientB, HisWeaponsWarning);
        var withoutMemory = await stranger.AskAsync(fixture.ClientB, HisWeaponsWarning);

        Assert.True((bool)followUp["answered"]!);
        Assert.Contains(ChatClient.Quotes(followUp), q => q.Contains(WeaponsPassage, StringComparison.Ordinal));
        Assert.DoesNotContain(ChatClient.Quotes(withoutMemory), q => q.Contains(WeaponsPassage, StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task ConversationMemory_WrittenByA_IsTheMemoryBReads()
    {
        var user = new ChatClient("emulator");
        await user.SayAsync(fixture.ClientA, AboutLavrov);
        await user.SayAsync(fixture.ClientB, HisWeaponsWarning);

        var key = $"bot/emulator/conversations/{user.ConversationId}";
        var fromA = await fixture.A.Services.GetRequiredService<IStorage>().ReadAsync([key]);
        var fromB = await fixture.B.Services.GetRequiredService<IStorage>().ReadAsync([key]);

        var memory = (ConversationMemory)fromB[key];
        Assert.Equal([AboutLavrov, HisWeaponsWarning], memory.Turns.Select(t => t.Question));
        Assert.Equal(
            Newtonsoft.Json.JsonConvert.SerializeObject(fromA[key]),
            Newtonsoft.Json.JsonConvert.SerializeObject(fromB[key]));
    }

    [RedisFact]
    public async Task RedisOutage_MidConversation_AnswersContinueHealthzDegradedThenFollowUpsWorkAgain()
    {
        var user = new ChatClient("emulator");
        var httpUser = new ChatClient();
        await user.SayAsync(fixture.ClientA, AboutLavrov);

        await fixture.Redis.StopAsync();
        HttpResponseMessage? healthDuring = null;
        string healthDuringBody;
        IReadOnlyList<Microsoft.Bot.Schema.Activity> followUpDuring, standaloneDuring;
        System.Text.Json.Nodes.JsonObject askDuring;
        try
        {
            followUpDuring = await user.SayAsync(fixture.ClientB, HisWeaponsWarning);
            standaloneDuring = await user.SayAsync(fixture.ClientA, AboutWhelan);
            askDuring = await httpUser.AskAsync(fixture.ClientB, AboutWhelan);
            healthDuring = await fixture.ClientB.GetAsync(new Uri("/healthz", UriKind.Relative));
            healthDuringBody = await healthDuring.Content.ReadAsStringAsync();
        }
        finally
        {
            await fixture.Redis.StartAsync();
        }

        var healthyAgain = await RedisStorageTests.PollAsync(async () =>
            await HealthAsync(fixture.ClientA) == "Healthy" && await HealthAsync(fixture.ClientB) == "Healthy",
            TimeSpan.FromSeconds(30));
        var after = new ChatClient("emulator");
        await after.SayAsync(fixture.ClientA, AboutLavrov);
        var followUpAfter = Assert.Single(await after.SayAsync(fixture.ClientB, HisWeaponsWarning));

        var reply = Assert.Single(followUpDuring);
        Assert.DoesNotContain(Apology, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", reply.Text, StringComparison.Ordinal);
        Assert.Contains(WhelanPassage, Assert.Single(standaloneDuring).Text, StringComparison.Ordinal);
        Assert.Contains(ChatClient.Quotes(askDuring), q => q.Contains(WhelanPassage, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, healthDuring!.StatusCode);
        Assert.Equal("Degraded", healthDuringBody);
        Assert.True(healthyAgain, "/healthz should say Healthy again once Redis is back");
        Assert.Contains(WeaponsPassage, followUpAfter.Text, StringComparison.Ordinal);
        Assert.Single(fixture.B.Logs.Entries, e => e.Category == typeof(StateHealth).FullName
            && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    private static async Task<string> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }
}
