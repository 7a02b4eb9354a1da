using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.WireFormat;

/// <summary>The expectReplies body with what changes every run masked, and where each golden copy lives.</summary>
internal static class WireJson
{
    /// <summary>An activity's values that differ per run (fresh GUIDs, clocks); their presence is still pinned.</summary>
    private static readonly HashSet<string> s_volatile = ["id", "timestamp", "localTimestamp", "replyToId"];

    private static readonly string s_folder = Path.Combine(RepositoryRoot.Path, "tests", "ChatBot.Tests", "WireFormat", "Golden");

    public static JToken Normalize(JToken token) => token switch
    {
        // An object with a channelId is an activity: only its own ids are masked, not those of from/recipient.
        JObject obj => new JObject(obj.Properties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Mask(p, isActivity: obj["channelId"] is not null)))),
        JArray array => new JArray(array.Select(Normalize)),
        _ => token.DeepClone(),
    };

    public static string GoldenPath(string channel, string text)
    {
        var slug = new string(text.Where(char.IsLetterOrDigit).Take(24).ToArray()).ToLowerInvariant();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
        return Path.Combine(s_folder, $"{channel}-{slug}-{hash}.json");
    }

    public static void Write(string path, JToken json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToString(Formatting.Indented) + "\n");
    }

    private static JToken Mask(JProperty property, bool isActivity)
    {
        if (isActivity && s_volatile.Contains(property.Name) && property.Value.Type == JTokenType.String)
        {
            return "(varies)";
        }

        // The conversation id is the test's own GUID; the rest of the conversation object is pinned.
        if (isActivity && property.Name == "conversation" && property.Value is JObject conversation && conversation["id"] is not null)
        {
            var copy = (JObject)Normalize(conversation);
            copy["id"] = "(varies)";
            return copy;
        }

        return Normalize(property.Value);
    }
}
