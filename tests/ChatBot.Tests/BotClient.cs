using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Tests;

/// <summary>Posts activities to <c>/api/messages</c> with <c>expectReplies</c>, the way a test or a script can talk to the bot.</summary>
public sealed class BotClient
{
    private readonly HttpClient _http;
    private readonly string _channelId;
    private readonly string _conversationId;
    private readonly string? _conversationType;

    public BotClient(HttpClient http, string channelId, string? conversationId = null, string? conversationType = null)
    {
        _http = http;
        _channelId = channelId;
        _conversationId = conversationId ?? Guid.NewGuid().ToString("N");
        _conversationType = conversationType;
    }

    public string ConversationId => _conversationId;

    public Activity NewMessage(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        From = new ChannelAccount("user-1", "Ada"),
        Recipient = new ChannelAccount("bot-1", "ChatBot"),
        Conversation = new ConversationAccount(id: _conversationId, conversationType: _conversationType),
        ChannelId = _channelId,
        ServiceUrl = "http://localhost:9",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    public Task<IReadOnlyList<Activity>> SayAsync(string? text) => SendAsync(NewMessage(text));

    /// <summary>The bot's message replies (typing indicators left out).</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity) =>
        (await SendAllAsync(activity)).Where(a => a.Type == ActivityTypes.Message).ToArray();

    /// <summary>Every activity the bot sent back in the HTTP response.</summary>
    public async Task<IReadOnlyList<Activity>> SendAllAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return [.. JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities];
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return _http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}
