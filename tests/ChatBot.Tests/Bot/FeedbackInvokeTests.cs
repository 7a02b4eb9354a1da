using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.Tests.Fakes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.Bot;

/// <summary>Teams feedback invokes: a malformed one is refused with 400 and leaves the conversation's memory alone.</summary>
public sealed class FeedbackInvokeTests
{
    private const string AdminKey = "test-admin-key-0123456789";

    [Theory]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":{"like":true}}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":["like"]}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":{"feedbackText":"x"}}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{\"feedbackText\":{\"a\":1}}"}}""")]
    [InlineData("""{"actionName":["feedback"],"actionValue":{"reaction":"like"}}""")]
    [InlineData("""{"actionName":"feedback","actionValue":[1,2]}""")]
    [InlineData("\"feedback\"")]
    public async Task Feedback_UnexpectedShape_Returns400AndKeepsTheConversation(string value)
    {
        await using var factory = new ChatBotFactory();
        var bot = new BotClient(factory.CreateClient(), "msteams", conversationType: "personal");
        await bot.SayAsync("what did Lavrov say about military equipment?");

        using var response = await bot.PostAsync(Invoke(bot, JToken.Parse(value)));
        await bot.SayAsync("and what else did he say?");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(factory.Answerer.Questions.Last().History);
    }

    [Fact]
    public async Task Feedback_HugeComment_IsKeptCutToTheLimit()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
        {
            ["Feedback:AdminKey"] = AdminKey,
        });
        var client = factory.CreateClient();
        var bot = new BotClient(client, "msteams", conversationType: "personal");
        var comment = new string('x', 9_000);
        var value = new JObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JObject
            {
                ["reaction"] = "dislike",
                ["feedback"] = new JObject { ["feedbackText"] = comment }.ToString(Newtonsoft.Json.Formatting.None),
            },
        };

        using var response = await bot.PostAsync(Invoke(bot, value));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feedback");
        request.Headers.Add("X-Admin-Key", AdminKey);
        using var stored = await client.SendAsync(request);
        var entry = Assert.Single((await stored.Content.ReadFromJsonAsync<JsonArray>())!)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2_001, ((string?)entry["comment"])!.Length);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Length > 2_000);
    }

    private static Activity Invoke(BotClient bot, JToken value)
    {
        var invoke = bot.NewMessage(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = "reply-1";
        invoke.DeliveryMode = null;
        invoke.Value = value;
        return invoke;
    }
}
