using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Benchmarks;

/// <summary><c>POST /api/ask</c> with the conversation's id, so follow-ups see the earlier turns.</summary>
internal sealed class AskScenario : ILoadScenario
{
    public string Name => "POST /api/ask";

    public HttpRequestMessage CreateRequest(string conversationId, string question) =>
        new(HttpMethod.Post, "api/ask") { Content = JsonContent.Create(new { question, conversationId }) };

    public async Task<bool> IsAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return document.RootElement.TryGetProperty("answered", out _)
            && document.RootElement.TryGetProperty("answer", out var answer)
            && answer.GetString() is { Length: > 0 };
    }
}
