using System.Text.RegularExpressions;

namespace ChatBot.Answering.Commands;

/// <summary>Recognises "summary", "what is this article about?", "who is mentioned?" and "tell me more" in the user's words.</summary>
internal static partial class ChatCommandParser
{
    /// <param name="inConversation">
    /// An earlier turn was answered: a bare "who?" then asks about that answer, not for the article's names, and "tell me
    /// more" asks to read on from it; before any answer, "tell me more" asks what the article is about.
    /// </param>
    public static ChatCommand Parse(string text, bool inConversation = false)
    {
        var normalized = text.Trim().TrimEnd('?', '!', '.', ' ').ToLowerInvariant();
        if (normalized == "who")
        {
            return inConversation ? ChatCommand.None : ChatCommand.Mentions;
        }

        if (Summary().IsMatch(normalized))
        {
            return ChatCommand.Summary;
        }

        if (More().IsMatch(normalized))
        {
            return inConversation ? ChatCommand.More : ChatCommand.Summary;
        }

        return Mentions().IsMatch(normalized) ? ChatCommand.Mentions : ChatCommand.None;
    }

    [GeneratedRegex(@"^(?:(?:please|can you|could you)\s+)?(?:(?:give me |show me |write )?(?:a |the )?(?:short |quick |brief )?(?:summary|summarise|summarize|sum up|tl;?dr|overview|recap|gist|main points|key points)(?: of)?(?: it| this| the (?:[\w'-]+ ){0,4}?(?:article|story|news|text|piece))?(?: please)?|what(?:'s| is) (?:this|the|it|that) (?:(?:[\w'-]+ ){0,4}?(?:article|story|piece|text|news) )?(?:about|saying)|what(?:'s| is) it about|what does (?:this|the) (?:article|story|text) (?:say|cover)|what(?:'s| is) (?:in|the news in) (?:this|the) (?:article|story))$")]
    private static partial Regex Summary();

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|and|so|great|cool|right|yes|thanks)[,!]?\s+)*(?:(?:please\s+|can you\s+|could you\s+)?(?:tell me|tell us|say|give me|show me)\s+(?:a bit |a little |some )?more(?: about (?:it|that|this))?|more(?: details| detail| info| information)?|(?:please\s+)?(?:go on|continue|keep going|carry on|read on)|what else(?: does (?:it|the (?:article|story)) say)?|anything else|(?:and\s+)?then what(?: happened)?|what happened (?:next|then|after that|afterwards)|and then|what(?:'s| is| comes| happens) next|(?:can you\s+|could you\s+)?(?:elaborate|expand)(?: on (?:that|it|this))?|(?:can you\s+|could you\s+)?explain(?: (?:that|it|this)(?: more)?| more)?)(?:,?\s+please)?$")]
    private static partial Regex More();

    [GeneratedRegex(@"^(?:who(?:'s| is| are)? (?:mentioned|named|involved|quoted|in (?:this|the) (?:article|story))(?: in (?:this|the) (?:article|story))?|(?:which|what) (?:people|persons|organi[sz]ations|names|people and organi[sz]ations) (?:are|does it|does the article) (?:mentioned|mention|named|in (?:it|this|the article))(?: in (?:it|this|the article))?|(?:list|show me|name) (?:the |all )?(?:people|persons|names|organi[sz]ations|people and organi[sz]ations)(?: mentioned)?|people mentioned)$")]
    private static partial Regex Mentions();
}
