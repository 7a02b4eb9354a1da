using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Tests.EndToEnd;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.Insights;

/// <summary>
/// A scripted Teams session of 50 questions (answerable ones from the seed question set, off-topic ones in
/// paraphrased groups), some answers disliked through Teams' feedback invoke; then what /api/insights shows.
/// </summary>
public sealed class InsightsSessionTests : IClassFixture<InsightsFactory>
{
    /// <summary>Off-topic questions, in groups that ask the same thing in different words.</summary>
    private static readonly string[][] s_offTopicGroups =
    [
        ["What's the weather forecast for London tomorrow?", "Will it rain in London tomorrow?", "london weather tomorrow?", "What is tomorrow's weather in London?"],
        ["What is the price of Bitcoin today?", "How much is one Bitcoin worth right now?", "bitcoin price today"],
        ["How do I bake sourdough bread?", "What is a good recipe for sourdough bread?", "how to make sourdough bread at home"],
        ["Who painted the Mona Lisa?"],
        ["How many calories are in a banana?"],
        ["How do I reset my router password?"],
        ["What are the rules of cricket?"],
        ["Who holds the marathon world record?"],
        ["How tall is the Eiffel Tower?"],
        ["Recommend a good pizza place near me."],
    ];

    private readonly InsightsFactory _factory;

    public InsightsSessionTests(InsightsFactory factory) => _factory = factory;

    [Fact]
    public async Task Insights_AfterScriptedTeamsSession_GroupDeclinedQuestionsAndShowDislikedAnswersWithQuotes()
    {
        var offTopic = s_offTopicGroups.SelectMany(g => g).ToList();
        var answerable = SeedQuestions().Take(50 - offTopic.Count).ToList();
        Assert.Equal(50, offTopic.Count + answerable.Count);
        await using var teams = await FakeConnector.StartAsync();
        var http = _factory.CreateClient();

        // Ten conversations of five questions, answerable and off-topic mixed; every third answer gets a 👎.
        var questions = answerable.Zip(offTopic.Concat(Enumerable.Repeat<string?>(null, answerable.Count)))
            .SelectMany(p => p.Second is null ? [p.First] : new[] { p.First, p.Second })
            .ToList();
        var disliked = new List<(string Question, string Quote)>();
        var declined = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            var bot = new BotClient(http, "msteams", conversationId: $"session-{i / 5}", conversationType: "personal");
            var message = bot.NewMessage(questions[i]);
            message.DeliveryMode = DeliveryModes.Normal;
            message.ServiceUrl = teams.BaseAddress.ToString();
            (await bot.PostAsync(message)).EnsureSuccessStatusCode();
            var reply = (await teams.WaitForAsync(a => IsAnswerTo(a, message.Id), TimeSpan.FromMinutes(1))).Last(a => IsAnswerTo(a, message.Id));
            var claims = reply.Entities?.FirstOrDefault(e => e.Type == "https://schema.org/Message")?.Properties["citation"] as JArray;
            if (claims is null or { Count: 0 })
            {
                declined.Add(questions[i]);
            }
            else if (i % 3 == 0)
            {
                await DislikeAsync(bot, reply.Id, teams);
                disliked.Add((questions[i], claims[0]!["appearance"]!.Value<string>("abstract")!));
            }
        }

        var insights = await GetInsightsAsync(http);

        // Every off-topic paraphrase group the bot declined shows as one group with all its declined wordings.
        Assert.True(declined.Count >= 10, $"only {declined.Count} declined: {string.Join(" / ", declined)}");
        var groups = insights["declined"]!.AsArray().Select(g => g!["wordings"]!.AsArray().Select(w => (string)w!).ToHashSet()).ToList();
        Assert.Equal(declined.Count, groups.Sum(g => g.Count));
        foreach (var group in s_offTopicGroups.Where(g => g.Length > 1))
        {
            var wordings = group.Where(declined.Contains).ToList();
            Assert.True(wordings.Count >= 2, $"fewer than two of [{string.Join(" / ", group)}] were declined");
            Assert.Single(groups, g => g.SetEquals(wordings));
        }

        // The 👎 answers appear with their question and the passage they quoted.
        var shown = insights["disliked"]!.AsArray();
        Assert.Equal(disliked.Count, shown.Count);
        foreach (var (question, quote) in disliked)
        {
            var entry = Assert.Single(shown, d => (string?)d!["question"] == question);
            var quotes = entry!["quotes"]!.AsArray().Select(q => (string)q!["quote"]!).ToList();
            Assert.Contains(quotes, q => q.StartsWith(quote.TrimEnd('…').Trim(), StringComparison.Ordinal));
        }

        var today = Assert.Single(insights["days"]!.AsArray());
        Assert.Equal(declined.Count, (int)today!["declined"]!);
        Assert.Equal(50 - declined.Count, (int)today["answered"]! + (int)today["smallTalk"]!);
        Assert.Equal(disliked.Count, (int)today["dislikes"]!);

        using var csv = await SendAsync(http, "/api/insights?format=csv", InsightsFactory.AdminKey);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("timestamp,kind,channel,question,declined_group,comment,quotes", lines[0]);
        Assert.Equal(50 + disliked.Count, lines.Length - 1);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-the-admin-key-at-all", HttpStatusCode.Forbidden)]
    public async Task Insights_WithoutTheAdminKey_IsRefused(string? key, HttpStatusCode expected)
    {
        using var response = await SendAsync(_factory.CreateClient(), "/api/insights", key);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static bool IsAnswerTo(Activity activity, string questionId) =>
        activity.Type == ActivityTypes.Message && activity.ReplyToId == questionId && activity.SuggestedActions is null
        && activity.Entities?.Any(e => e.Type == "https://schema.org/Message") == true;

    private static async Task DislikeAsync(BotClient bot, string replyId, FakeConnector teams)
    {
        var invoke = bot.NewMessage(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = replyId;
        invoke.DeliveryMode = null;
        invoke.ServiceUrl = teams.BaseAddress.ToString();
        invoke.Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"not what I asked\"}"}}""");
        using var response = await bot.PostAsync(invoke);
        response.EnsureSuccessStatusCode();
    }

    private static async Task<JsonObject> GetInsightsAsync(HttpClient http)
    {
        using var response = await SendAsync(http, "/api/insights", InsightsFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("X-Admin-Key", key);
        }

        return http.SendAsync(request);
    }

    private static IEnumerable<string> SeedQuestions()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tests", "ChatBot.Answering.Tests", "Data", "seed-article-questions.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("answerable").EnumerateArray().Select(q => q.GetProperty("question").GetString()!)];
    }
}
