using System.Net.Http.Json;
using ChatBot.Api;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The conversations on the seed article, through the host as users reach it: /api/ask, the Emulator and Teams.</summary>
public sealed class ConversationEndToEndTests(RealPipelineFactory factory) : IClassFixture<RealPipelineFactory>
{
    public static TheoryData<string[], string[]> Conversations => new()
    {
        {
            ["What did Blinken press the Kremlin to accept?", "Who would it free?", "Did Lavrov accept it?"],
            ["substantial proposal", "Paul Whelan and Brittney Griner", "did not reveal the details regarding Lavrov's response"]
        },
        {
            ["Tell me about the grain deal", "Who is part of it?"],
            ["grain shipments", "Ukraine, Turkey and the United Nations"]
        },
        {
            ["What did Lavrov say about military equipment?", "What did he say about the Russian troops?", "And what did he accuse the West of?"],
            ["prolong the conflict", "Russian troops follow international law", "exploiting the problem"]
        },
        {
            // Reads on from the quote before, in every channel that keeps the conversation.
            ["What did Blinken press the Kremlin to accept?", "tell me more", "go on"],
            ["substantial proposal", "Notably, it is the first time", "additional significant costs on Russia"]
        },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Conversation_OverApiAsk_EachTurnQuotesItsFact(string[] turns, string[] facts)
    {
        var client = factory.CreateClient();
        string? conversationId = null;
        for (var i = 0; i < turns.Length; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/ask", new { question = turns[i], conversationId });
            var answer = (await response.Content.ReadFromJsonAsync<AskResponse>())!;
            conversationId = answer.ConversationId;

            Assert.True(answer.Answered, $"turn {i + 1} '{turns[i]}' declined (understood as '{answer.ResolvedQuestion}')");
            Assert.Contains(answer.Citations, c => c.Quote.Contains(facts[i], StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("emulator", null)]
    [InlineData("msteams", "personal")]
    public async Task Conversation_OverApiMessages_EachTurnQuotesItsFact(string channelId, string? conversationType)
    {
        foreach (var (turns, facts) in Conversations.Select(row => ((string[])row[0], (string[])row[1])))
        {
            var bot = new BotClient(factory.CreateClient(), channelId, conversationType: conversationType);
            for (var i = 0; i < turns.Length; i++)
            {
                var reply = (await bot.SayAsync(turns[i]))[0];

                Assert.True(reply.Text.Contains(facts[i], StringComparison.Ordinal), $"{channelId} turn {i + 1} '{turns[i]}': {reply.Text}");
            }
        }
    }

    [Fact]
    public async Task NotRevealedFact_OverApiAsk_SaysTheArticleDoesNotSay()
    {
        var client = factory.CreateClient();
        var first = await (await client.PostAsJsonAsync("/api/ask", new { question = "What did Blinken press the Kremlin to accept?" })).Content.ReadFromJsonAsync<AskResponse>();

        var answer = await (await client.PostAsJsonAsync("/api/ask", new { question = "Did Lavrov accept it?", first!.ConversationId })).Content.ReadFromJsonAsync<AskResponse>();

        Assert.StartsWith("The article does not say.", answer!.Answer, StringComparison.Ordinal);
        Assert.Contains("in the context of", answer.ResolvedQuestion, StringComparison.Ordinal);
    }
}
