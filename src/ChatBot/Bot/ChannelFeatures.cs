using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;

namespace ChatBot.Bot;

/// <summary>What each channel can show, so replies use citation pills where they render and footnotes elsewhere.</summary>
internal static class ChannelFeatures
{
    /// <summary>Teams renders [n] markers with the schema.org Message entity as citation pills; others show plain text.</summary>
    public static bool RendersCitations(string? channelId) => channelId == Channels.Msteams;

    /// <summary>Teams shows 👍/👎 under a reply that sets <c>feedbackLoopEnabled</c>.</summary>
    public static bool SupportsFeedback(string? channelId) => channelId == Channels.Msteams;

    /// <summary>
    /// Teams streams only in one-to-one chats. A caller that asked for expectReplies gets every activity in the
    /// HTTP response at once, so streaming would only add noise there.
    /// </summary>
    public static bool CanStream(ITurnContext turnContext) =>
        turnContext.Activity.ChannelId == Channels.Msteams
        && string.Equals(turnContext.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        && turnContext.Activity.DeliveryMode != Microsoft.Bot.Schema.DeliveryModes.ExpectReplies;
}
