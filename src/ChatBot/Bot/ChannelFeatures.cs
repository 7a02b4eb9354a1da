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
        IsTeamsPersonalChat(turnContext)
        && turnContext.Activity.DeliveryMode != Microsoft.Bot.Schema.DeliveryModes.ExpectReplies;

    /// <summary>
    /// Where suggested questions go. Teams shows suggested actions only in one-to-one chats, and there not reliably
    /// on the message they come with: a message that carries them loses its citation pills and its markdown in the
    /// Microsoft 365 Agents Playground, and after a stream Teams may not show them on the final message. So in
    /// Teams they follow the reply in a short message of their own; other channels show them under the reply.
    /// </summary>
    public static SuggestionPlacement Suggestions(ITurnContext turnContext) =>
        turnContext.Activity.ChannelId != Channels.Msteams ? SuggestionPlacement.OnReply
        : IsTeamsPersonalChat(turnContext) ? SuggestionPlacement.OwnMessage
        : SuggestionPlacement.None;

    private static bool IsTeamsPersonalChat(ITurnContext turnContext) =>
        turnContext.Activity.ChannelId == Channels.Msteams
        && string.Equals(turnContext.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
