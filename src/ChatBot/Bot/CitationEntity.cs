using System.Globalization;
using ChatBot.Answering;
using ChatBot.Answering.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot;

/// <summary>
/// The <c>https://schema.org/Message</c> entity Teams reads to label a reply as AI-generated and to turn its
/// [n] markers into citation pills. Teams rejects the whole message (HTTP 400) when a claim's appearance has no
/// <c>abstract</c> or when <c>name</c> exceeds 80 or <c>abstract</c> 160 characters, so both are always set and cut.
/// </summary>
internal static class CitationEntity
{
    public const string EntityType = "https://schema.org/Message";
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;

    public static Entity Create(IReadOnlyList<Citation> citations)
    {
        var entity = new Entity(EntityType);
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = "";
        entity.Properties["additionalType"] = new JArray("AIGeneratedContent");
        if (citations.Count > 0)
        {
            entity.Properties["citation"] = new JArray(citations.Select(CreateClaim));
        }

        return entity;
    }

    /// <summary>How a citation is named in pills and footnotes: the article title (cut if long) and the paragraph number.</summary>
    public static string Name(Citation citation)
    {
        var paragraph = string.Create(CultureInfo.InvariantCulture, $" ¶{citation.Paragraph}");
        return Truncate(citation.Title, MaxNameLength - paragraph.Length) + paragraph;
    }

    public static string Abstract(Citation citation)
    {
        var quote = Collapse(QuoteMarks.Balance(citation.Quote));
        return Truncate(quote.Length > 0 ? quote : citation.Title, MaxAbstractLength);
    }

    /// <summary>Cuts at a word boundary where one is near, ending with an ellipsis; the result never exceeds <paramref name="max"/>.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text[..(max - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > max / 2)
        {
            cut = cut[..lastSpace];
        }

        return cut.TrimEnd() + "…";
    }

    private static JObject CreateClaim(Citation citation) => new(
        new JProperty("@type", "Claim"),
        new JProperty("position", citation.Id),
        new JProperty("appearance", new JObject(
            new JProperty("@type", "DigitalDocument"),
            new JProperty("name", Name(citation)),
            new JProperty("abstract", Abstract(citation)))));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
