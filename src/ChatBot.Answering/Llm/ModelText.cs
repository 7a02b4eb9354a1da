using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Answering.Llm;

/// <summary>Reads what the model wrote: sentences and their [n] markers; and writes the checked answer back.</summary>
internal static partial class ModelText
{
    /// <summary>The fixed reply the prompts ask for when the passages do not answer.</summary>
    public const string NotFound = "NOT_FOUND";

    public static bool IsNotFound(string text)
    {
        var trimmed = text.Trim().Trim('.', '"', '\'', '`', '*').Trim();
        return trimmed.StartsWith(NotFound, StringComparison.OrdinalIgnoreCase)
            || (trimmed.Length < 40 && trimmed.Replace(' ', '_').Contains(NotFound, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Could this (partial) text still become the fixed "not found" reply? Then it is not shown as a draft.</summary>
    public static bool MayBecomeNotFound(string text)
    {
        var trimmed = text.TrimStart(' ', '\n', '\r', '\t', '"', '`', '*');
        return trimmed.Length < NotFound.Length
            ? NotFound.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)
            : trimmed.StartsWith(NotFound, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The part of a streamed text that ends with a complete sentence (and its markers), or empty.</summary>
    public static string CompletedPart(string text)
    {
        var last = -1;
        foreach (Match match in SentenceEnd().Matches(text))
        {
            last = match.Index + match.Length;
        }

        return last < 0 ? string.Empty : text[..last];
    }

    public static IReadOnlyList<DraftSentence> Parse(string text)
    {
        var sentences = new List<DraftSentence>();
        // "[Passage 2]" and "[source 2]" are what some models write for "[2]".
        var normalised = NamedMarker().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "[$1]");
        var blocks = BlankLines().Split(normalised.Trim());
        for (var block = 0; block < blocks.Length; block++)
        {
            // Lists and headings are flattened: markers are never placed inside list items.
            var lines = blocks[block].Split('\n')
                .Select(line => ListBullet().Replace(line.Trim(), string.Empty))
                .Where(line => line.Length > 0);
            var flat = string.Join(' ', lines);
            var pieces = Split(flat);
            foreach (var piece in pieces)
            {
                var leading = LeadingMarkers().Match(piece);
                var body = piece;
                if (leading.Success && sentences.Count > 0 && sentences[^1].Block == block)
                {
                    // "… Friday. [1] Next sentence": the marker after the full stop belongs to the sentence before it.
                    var previous = sentences[^1];
                    sentences[^1] = previous with { Markers = [.. previous.Markers, .. Markers(leading.Value)] };
                    body = piece[leading.Length..];
                }

                var markers = Markers(body);
                var clean = Clean(Marker().Replace(body, " "));
                if (clean.Length > 0)
                {
                    sentences.Add(new DraftSentence(clean, markers, block));
                }
                else if (markers.Count > 0 && sentences.Count > 0)
                {
                    sentences[^1] = sentences[^1] with { Markers = [.. sentences[^1].Markers, .. markers] };
                }
            }
        }

        return sentences;
    }

    /// <summary>Writes sentences back with their new markers, before the closing full stop: "… on Friday [1]."</summary>
    public static string Compose(IReadOnlyList<(DraftSentence Sentence, IReadOnlyList<int> Ids)> kept)
    {
        var text = new StringBuilder();
        var block = -1;
        foreach (var (sentence, ids) in kept)
        {
            if (block >= 0)
            {
                text.Append(sentence.Block == block ? " " : "\n\n");
            }

            block = sentence.Block;
            var markers = string.Concat(ids.Select(id => string.Create(CultureInfo.InvariantCulture, $"[{id}]")));
            var body = sentence.Text;
            if (body.Length > 1 && body[^1] is '.' or '!' or '?' && char.IsLetterOrDigit(body[^2]))
            {
                text.Append(body, 0, body.Length - 1).Append(' ').Append(markers).Append(body[^1]);
            }
            else
            {
                text.Append(body).Append(' ').Append(markers);
            }
        }

        return text.ToString();
    }

    private static List<string> Split(string flat)
    {
        var pieces = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(flat))
        {
            var candidate = flat[start..boundary.Index];
            if (Abbreviation().IsMatch(candidate))
            {
                continue;
            }

            pieces.Add(candidate);
            start = boundary.Index + boundary.Length;
        }

        pieces.Add(flat[start..]);
        return pieces.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
    }

    private static List<int> Markers(string text)
    {
        var numbers = new List<int>();
        foreach (Match match in Marker().Matches(text))
        {
            foreach (var part in match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && !numbers.Contains(n))
                {
                    numbers.Add(n);
                }
            }
        }

        return numbers;
    }

    private static string Clean(string text) =>
        SpaceBeforePunctuation().Replace(Spaces().Replace(text, " "), "$1").Trim();

    [GeneratedRegex(@"\[\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\[\s*(?:passage|source|ref)\s*(\d{1,3})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedMarker();

    [GeneratedRegex(@"^(?:\s*\[\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*\])+")]
    private static partial Regex LeadingMarkers();

    [GeneratedRegex(@"(?<=[.!?][""'”’)]*(?:\s*\[\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*\])*)\s+(?=[^\p{Ll}])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[.!?][""'”’)]*(?:\s*\[\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*\])*(?=\s)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof|Lt|Col|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N)\.$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(?:[-*•+]\s+|\d{1,2}[.)]\s+|#{1,6}\s+)")]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
