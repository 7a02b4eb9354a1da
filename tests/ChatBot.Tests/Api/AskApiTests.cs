using System.Net;
using System.Net.Http.Json;
using ChatBot.Api;
using ChatBot.Tests.Fakes;

namespace ChatBot.Tests.Api;

public sealed class AskApiTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory _factory;

    public AskApiTests(ChatBotFactory factory) => _factory = factory;

    [Fact]
    public async Task Ask_CoveredQuestion_ReturnsAnswerWithExactQuoteAndOffsets()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "what did Lavrov say about military equipment?" });
        var body = await response.Content.ReadFromJsonAsync<AskResponse>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body);
        Assert.True(body.Answered);
        Assert.Contains("prolong the conflict. [1]", body.Answer);
        Assert.False(string.IsNullOrEmpty(body.ConversationId));
        var citation = Assert.Single(body.Citations);
        Assert.Equal((1, TestArticles.Call.Id, 2), (citation.Id, citation.Article, citation.Paragraph));
        Assert.Equal(citation.Quote, TestArticles.Call.Text[citation.Start..citation.End]);
    }

    [Fact]
    public async Task Ask_SameConversationId_PassesEarlierTurnToTheAnswerer()
    {
        var client = _factory.CreateClient();
        using var first = await client.PostAsJsonAsync("/api/ask", new { question = "who brokered the grain deal?" });
        var conversationId = (await first.Content.ReadFromJsonAsync<AskResponse>())!.ConversationId;

        using var second = await client.PostAsJsonAsync("/api/ask", new { question = "and when did the ship leave?", conversationId });
        var body = await second.Content.ReadFromJsonAsync<AskResponse>();

        Assert.Equal(conversationId, body!.ConversationId);
        var followUp = _factory.Answerer.Questions.Last(q => q.Text == "and when did the ship leave?");
        Assert.Equal("who brokered the grain deal?", Assert.Single(followUp.History).Question);
    }

    [Fact]
    public async Task Ask_NewConversationId_StartsWithoutHistory()
    {
        var client = _factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/ask", new { question = "where did the grain ship sail from?", conversationId = "fresh-conversation-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_factory.Answerer.Questions.Last(q => q.Text == "where did the grain ship sail from?").History);
    }

    [Fact]
    public async Task Ask_NotCovered_ReturnsAnsweredFalseAndNoCitations()
    {
        var client = _factory.CreateClient();

        var body = await (await client.PostAsJsonAsync("/api/ask", new { question = "xyzzy?" })).Content.ReadFromJsonAsync<AskResponse>();

        Assert.False(body!.Answered);
        Assert.Empty(body.Citations);
        Assert.Equal(FakeQuestionAnswerer.NotFound, body.Answer);
    }
}
