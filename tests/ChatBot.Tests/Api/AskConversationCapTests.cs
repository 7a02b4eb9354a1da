using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.Tests.Fakes;

namespace ChatBot.Tests.Api;

/// <summary>Anonymous <c>/api/ask</c> callers cannot make the bot store conversations without bound.</summary>
public sealed class AskConversationCapTests
{
    [Fact]
    public async Task Ask_MoreNewConversationsThanTheCap_TheLaterOnesAreAnsweredWithoutMemory()
    {
        await using var factory = new ChatBotFactory(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
        {
            ["Api:MaxStoredConversations"] = "2",
        });
        var client = factory.CreateClient();
        var conversations = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var answer = await AskAsync(client, "what did Lavrov say about military equipment?", null);
            conversations.Add((string)answer["conversationId"]!);
        }

        var histories = new List<int>();
        foreach (var id in conversations)
        {
            await AskAsync(client, "and what else?", id);
            histories.Add(factory.Answerer.Questions.Last().History.Count);
        }

        Assert.Equal([1, 1, 0], histories);
    }

    private static async Task<JsonObject> AskAsync(HttpClient client, string question, string? conversationId)
    {
        using var response = await client.PostAsJsonAsync("/api/ask", new { question, conversationId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
