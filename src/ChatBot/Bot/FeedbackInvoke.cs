using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot;

/// <summary>
/// A Teams feedback invoke (<c>message/submitAction</c>) read strictly: <c>{"actionName":"feedback","actionValue":
/// {"reaction":"like"|"dislike","feedback":"{\"feedbackText\":\"…\"}"}}</c>. Anything else (objects where strings
/// belong, unknown reactions) is refused before the bot touches its memory, instead of crashing the turn.
/// </summary>
internal sealed record FeedbackInvoke(string Reaction, string? Comment)
{
    private static readonly string[] s_reactions = ["like", "dislike"];

    /// <returns>The feedback, or null with <paramref name="error"/> saying what is wrong with the invoke.</returns>
    public static FeedbackInvoke? TryRead(object? value, int maxCommentLength, out string error)
    {
        error = "";
        if (value is not JObject body || body["actionValue"] is not JObject action)
        {
            error = "The invoke's value must be an object with an \"actionValue\" object.";
            return null;
        }

        if (body["actionName"] is { } name && (name.Type != JTokenType.String || (string?)name != "feedback"))
        {
            error = "\"actionName\" must be \"feedback\".";
            return null;
        }

        if (action["reaction"] is not { Type: JTokenType.String } reactionToken || !s_reactions.Contains((string?)reactionToken))
        {
            error = "\"actionValue.reaction\" must be \"like\" or \"dislike\".";
            return null;
        }

        string? comment;
        switch (action["feedback"])
        {
            case null or { Type: JTokenType.Null }:
                comment = null;
                break;
            case { Type: JTokenType.String } feedback:
                if (!TryReadComment((string)feedback!, out comment))
                {
                    error = "\"actionValue.feedback\" must be text, or JSON whose \"feedbackText\" is text.";
                    return null;
                }

                break;
            default:
                error = "\"actionValue.feedback\" must be a string.";
                return null;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment;
        if (comment?.Length > maxCommentLength)
        {
            // Kept, cut: the user meant it to be read, but one comment must not cost megabytes of store and log.
            comment = string.Concat(comment.AsSpan(0, maxCommentLength), "…");
        }

        return new FeedbackInvoke((string)reactionToken!, comment);
    }

    /// <summary>Teams sends the free text as a JSON string inside the value: <c>{"feedbackText":"…"}</c>; other clients plain text.</summary>
    private static bool TryReadComment(string raw, out string? comment)
    {
        comment = raw;
        if (!raw.TrimStart().StartsWith('{'))
        {
            return true;
        }

        try
        {
            var parsed = JObject.Parse(raw);
            switch (parsed["feedbackText"])
            {
                case null or { Type: JTokenType.Null }:
                    return true; // a JSON-looking comment without feedbackText: keep the text as typed
                case { Type: JTokenType.String } text:
                    comment = (string?)text;
                    return true;
                default:
                    return false;
            }
        }
        catch (JsonReaderException)
        {
            return true;
        }
    }
}
