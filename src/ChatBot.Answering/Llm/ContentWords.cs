using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ChatBot.Answering.Llm;

/// <summary>The words that carry a claim: lower-cased, stop words out, crudely stemmed, number words as digits.</summary>
internal static partial class ContentWords
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into",
        "about", "over", "after", "before", "than", "then", "that", "this", "these", "those", "there", "here", "it", "its",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
        "can", "could", "should", "may", "might", "must", "shall", "he", "she", "they", "them", "his", "her", "their",
        "him", "we", "our", "us", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "when", "where",
        "why", "how", "not", "no", "so", "also", "such", "any", "all", "some", "more", "most", "other", "very", "just",
        "only", "both", "each", "article", "passage", "according", "says", "said", "say", "stated", "told", "while",
    ]);

    private static readonly FrozenDictionary<string, string> NumberWords = new Dictionary<string, string>
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["first"] = "1",
        ["second"] = "2", ["third"] = "3",
    }.ToFrozenDictionary();

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (StopWords.Contains(word))
            {
                continue;
            }

            words.Add(NumberWords.TryGetValue(word, out var digits) ? digits : Stem(word));
        }

        return words;
    }

    /// <summary>The numbers a text states (digits or number words): a claim may not add one its passage lacks.</summary>
    public static HashSet<string> Numbers(IEnumerable<string> words) =>
        words.Where(w => w.Length > 0 && char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal);

    /// <summary>Crude but consistent: plural s off, then a six-letter prefix ("accepted", "accepts" → "accept").</summary>
    private static string Stem(string word)
    {
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's')
        {
            word = word[..^1];
        }

        return word.Length > 6 && !char.IsDigit(word[0]) ? word[..6] : word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();
}
