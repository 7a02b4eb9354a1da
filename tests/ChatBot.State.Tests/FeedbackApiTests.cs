using System.Net;
using ChatBot.State.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ChatBot.State.Tests;

public sealed class FeedbackApiTests : IAsyncLifetime
{
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [RedisFact]
    public async Task TeamsFeedback_GivenOnAnInstanceThatIsThenStopped_IsReadFromANewInstance()
    {
        var user = new ChatClient("msteams");
        var question = user.NewMessage(Conversations.AboutLavrov);
        await using (var first = await BotInstance.StartRedisAsync(_redis))
        {
            using var client = first.CreateClient();
            using var answered = await ChatClient.PostAsync(client, question);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            using var response = await ChatClient.PostAsync(client, FeedbackRequests.Invoke(user, "reply-7", "dislike", "too vague"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var second = await BotInstance.StartRedisAsync(_redis);
        var feedback = await FeedbackRequests.ReadStoredAsync(second.CreateClient());

        var entry = Assert.Single(feedback)!;
        Assert.Equal("dislike", (string?)entry["reaction"]);
        Assert.Equal("too vague", (string?)entry["comment"]);
        Assert.Equal("reply-7", (string?)entry["answerId"]);
        Assert.Equal(user.ConversationId, (string?)entry["conversationId"]);
        Assert.Equal("msteams", (string?)entry["channelId"]);
    }

    [RedisFact]
    public async Task GetFeedback_WithoutAdminKey_Returns401ProblemDetails()
    {
        await using var instance = await BotInstance.StartAsync(new Dictionary<string, string?>());
        using var response = await instance.CreateClient().GetAsync(new Uri("/api/feedback", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Admin-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task GetFeedback_WrongAdminKeyOrBadLimit_Returns403Or400()
    {
        await using var instance = await BotInstance.StartAsync(new Dictionary<string, string?>());
        using var client = instance.CreateClient();

        using var wrongKey = await GetAsync(client, "/api/feedback", "not-the-key-0123456789");
        using var badLimit = await GetAsync(client, "/api/feedback?limit=0", BotInstance.AdminKey);

        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal("application/problem+json", wrongKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    [RedisFact]
    public async Task GetFeedback_NoAdminKeyConfigured_Returns403EvenWithAKey()
    {
        await using var instance = await BotInstance.StartAsync(new Dictionary<string, string?> { ["Feedback:AdminKey"] = "" });

        using var response = await GetAsync(instance.CreateClient(), "/api/feedback", BotInstance.AdminKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Feedback:AdminKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task GetFeedback_MemoryProvider_ReturnsNewestFirst()
    {
        await using var instance = await BotInstance.StartAsync(new Dictionary<string, string?>());
        using var client = instance.CreateClient();
        var user = new ChatClient("msteams");

        using var like = await ChatClient.PostAsync(client, FeedbackRequests.Invoke(user, "reply-1", "like", ""));
        using var dislike = await ChatClient.PostAsync(client, FeedbackRequests.Invoke(user, "reply-2", "dislike", "wrong person"));
        var feedback = await FeedbackRequests.ReadStoredAsync(client);

        Assert.Equal(["reply-2", "reply-1"], feedback.Select(e => (string?)e!["answerId"]));
        Assert.Equal(["dislike", "like"], feedback.Select(e => (string?)e!["reaction"]));
        Assert.Equal(["wrong person", null], feedback.Select(e => (string?)e!["comment"]));
    }

    [RedisFact]
    public async Task TeamsFeedback_OnAnAnswerTheBotSent_StoresTheQuestionAndAnswerIds()
    {
        // Over expectReplies a reply has no id (the connector assigns them in Teams), so the bot runs on Bot Builder's
        // TestAdapter here, which numbers what comes in and goes out like a channel does.
        await using var instance = await BotInstance.StartRedisAsync(_redis);
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.example/teams",
            User = new ChannelAccount("user-1", "Ada"),
            Bot = new ChannelAccount("bot-1", "ChatBot"),
            Conversation = new ConversationAccount(id: "teams-conversation", conversationType: "groupChat"),
        });
        var question = adapter.MakeActivity(Conversations.AboutLavrov);
        await adapter.ProcessActivityAsync(question, instance.Services.GetRequiredService<IBot>().OnTurnAsync, default);
        var answer = Replies(adapter).Last(a => a.Type == ActivityTypes.Message);

        var invoke = adapter.MakeActivity();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = answer.Id;
        invoke.Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":\"spot on\"}"}}""");
        await adapter.ProcessActivityAsync(invoke, instance.Services.GetRequiredService<IBot>().OnTurnAsync, default);

        var entry = Assert.Single(await instance.Services.GetRequiredService<IFeedbackStore>().ReadLatestAsync(10, default));
        Assert.Equal(("like", "spot on"), (entry.Reaction, entry.Comment));
        Assert.False(string.IsNullOrEmpty(question.Id));
        Assert.Equal((answer.Id, question.Id, Conversations.AboutLavrov), (entry.AnswerId, entry.QuestionId, entry.Question));
    }

    private static IEnumerable<IActivity> Replies(TestAdapter adapter)
    {
        while (adapter.GetNextReply() is { } reply)
        {
            yield return reply;
        }
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string adminKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Admin-Key", adminKey);
        return client.SendAsync(request);
    }
}
