using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Benchmarks;

/// <summary>
/// <c>POST /api/messages</c> with an Emulator-style message activity and <c>"deliveryMode": "expectReplies"</c>:
/// the bot's replies come back in the response body, so no connector is involved.
/// </summary>
internal sealed class MessagesScenario : ILoadScenario
{
    private long _activityId;

    public string Name => "POST /api/messages (expectReplies)";

    public HttpRequestMessage CreateRequest(string conversationId, string question)
    {
        var activity = new
        {
            type = "message",
            id = Interlocked.Increment(ref _activityId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            text = question,
            from = new { id = $"user-{conversationId}" },
            recipient = new { id = "bot" },
            conversation = new { id = conversationId },
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9",
            deliveryMode = "expectReplies",
        };
        return new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(activity) };
    }

    public async Task<bool> IsAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        // An answer (cited, or an honest "the article doesn't say") carries the schema.org Message entity; the bot's
        // other replies (an apology after a failed turn, "still reading") do not, so they count as failures.
        return document.RootElement.TryGetProperty("activities", out var activities)
            && activities.EnumerateArray().Any(a =>
                a.TryGetProperty("type", out var type) && type.GetString() == "message"
                && a.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 }
                && a.TryGetProperty("entities", out var entities)
                && entities.EnumerateArray().Any(e => e.TryGetProperty("type", out var t) && t.GetString() == "https://schema.org/Message"));
    }
}
