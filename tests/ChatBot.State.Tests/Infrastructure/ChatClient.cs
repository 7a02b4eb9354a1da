using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.State.Tests.Infrastructure;

/// <summary>One user's conversation, over <c>/api/messages</c> (activities with <c>expectReplies</c>, replies in the
/// HTTP response) or <c>/api/ask</c>; each call names the instance that serves it, as a load balancer would pick.</summary>
public sealed class ChatClient(string channelId = "emulator", string? conversationId = null)
{
    public string ConversationId { get; private set; } = conversationId ?? Guid.NewGuid().ToString("N");

    public Activity NewMessage(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        From = new ChannelAccount("user-1", "Ada"),
        Recipient = new ChannelAccount("bot-1", "ChatBot"),
        Conversation = new ConversationAccount(id: ConversationId, conversationType: channelId == "msteams" ? "personal" : null),
        ChannelId = channelId,
        ServiceUrl = "http://localhost:9",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    /// <summary>The bot's message replies to <paramref name="text"/> (typing indicators left out).</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(HttpClient instance, string text) => SendAsync(instance, NewMessage(text));

    /// <summary>The bot's message replies to <paramref name="activity"/> (typing indicators left out).</summary>
    public static async Task<IReadOnlyList<Activity>> SendAsync(HttpClient instance, Activity activity)
    {
        using var response = await PostAsync(instance, activity);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"/api/messages answered {(int)response.StatusCode}: {body}");
        }

        return JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities.Where(a => a.Type == ActivityTypes.Message).ToArray();
    }

    /// <summary>Asks over <c>/api/ask</c>, continuing this conversation; returns the JSON response.</summary>
    public async Task<JsonObject> AskAsync(HttpClient instance, string question)
    {
        using var response = await instance.PostAsJsonAsync("/api/ask", new { question, conversationId = ConversationId });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"/api/ask answered {(int)response.StatusCode}: {body}");
        }

        var json = JsonNode.Parse(body)!.AsObject();
        ConversationId = (string)json["conversationId"]!;
        return json;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient instance, Activity activity)
    {
        var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await instance.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>The quotes an <c>/api/ask</c> answer cites.</summary>
    public static IEnumerable<string> Quotes(JsonObject answer) =>
        answer["citations"]!.AsArray().Select(c => (string)c!["quote"]!);
}
