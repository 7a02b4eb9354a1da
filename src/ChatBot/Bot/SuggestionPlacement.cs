namespace ChatBot.Bot;

/// <summary>How a channel shows the suggested questions that go with a reply (see <see cref="ChannelFeatures.Suggestions"/>).</summary>
internal enum SuggestionPlacement
{
    /// <summary>As suggested actions under the reply itself.</summary>
    OnReply,

    /// <summary>As suggested actions on a short message sent right after the reply.</summary>
    OwnMessage,

    /// <summary>Not at all: the channel would not show them.</summary>
    None,
}
