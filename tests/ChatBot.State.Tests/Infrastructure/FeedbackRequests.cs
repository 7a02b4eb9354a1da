using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.State.Tests.Infrastructure;

/// <summary>What Teams sends when a user rates a reply, and the admin's read of what was stored.</summary>
public static class FeedbackRequests
{
    /// <summary>Teams' <c>message/submitAction</c> invoke for a like or dislike of <paramref name="replyToId"/>, with the user's comment.</summary>
    public static Activity Invoke(ChatClient user, string replyToId, string reaction, string text)
    {
        var invoke = user.NewMessage(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = replyToId;
        invoke.DeliveryMode = null;
        invoke.Value = new JObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JObject
            {
                ["reaction"] = reaction,
                ["feedback"] = new JObject { ["feedbackText"] = text }.ToString(Newtonsoft.Json.Formatting.None),
            },
        };
        return invoke;
    }

    /// <summary>The stored feedback as <c>GET /api/feedback</c> returns it to the admin.</summary>
    public static async Task<JsonArray> ReadStoredAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/feedback", UriKind.Relative));
        request.Headers.Add("X-Admin-Key", BotInstance.AdminKey);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
