using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ChatBot.Answering.Text;

/// <summary>Words, stems and stop words: the vocabulary the answerer compares questions and sentences with.</summary>
internal static partial class TextTerms
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "against", "between",
        "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out",
        "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not",
        "only", "own", "same", "so", "than", "too", "very", "can", "will", "just", "should", "now", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would",
        "could", "might", "must", "shall", "may", "i", "me", "my", "we", "our", "you", "your", "he", "him", "his",
        "she", "her", "it", "its", "they", "them", "their", "what", "which", "who", "whom", "whose", "this", "that",
        "these", "those", "am", "as", "until", "while", "also", "s", "t", "don", "many", "much", "one", "ones",
        "article", "say", "says", "said", "tell", "told", "mention", "mentioned", "according", "did", "does",
        "kind", "type", "name", "named", "called", "please", "know", "like", "get", "got", "thing", "things",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Irregular verb forms a suffix stemmer cannot join to their base ("spoke", "told" → "speak", "tell").</summary>
    private static readonly FrozenDictionary<string, string> IrregularForms = new Dictionary<string, string>
    {
        ["spoke"] = "speak", ["spoken"] = "speak", ["told"] = "tell", ["said"] = "say", ["met"] = "meet", ["went"] = "go",
        ["gone"] = "go", ["wrote"] = "write", ["written"] = "write", ["began"] = "begin", ["begun"] = "begin",
        ["took"] = "take", ["taken"] = "take", ["gave"] = "give", ["given"] = "give", ["made"] = "make",
        ["found"] = "find", ["led"] = "lead", ["held"] = "hold", ["brought"] = "bring", ["thought"] = "think",
        ["fought"] = "fight", ["won"] = "win", ["built"] = "build", ["sent"] = "send", ["left"] = "leave",
        ["became"] = "become", ["came"] = "come", ["grew"] = "grow", ["grown"] = "grow", ["knew"] = "know",
        ["known"] = "know", ["saw"] = "see", ["seen"] = "see", ["chose"] = "choose", ["chosen"] = "choose",
        ["rose"] = "rise", ["risen"] = "rise", ["fell"] = "fall", ["fallen"] = "fall", ["paid"] = "pay",
        ["sold"] = "sell", ["bought"] = "buy", ["taught"] = "teach", ["caught"] = "catch", ["felt"] = "feel",
        ["kept"] = "keep", ["meant"] = "mean", ["ran"] = "run", ["stood"] = "stand", ["drove"] = "drive",
        ["driven"] = "drive", ["ate"] = "eat", ["eaten"] = "eat", ["flew"] = "fly", ["flown"] = "fly",
        ["drew"] = "draw", ["drawn"] = "draw", ["threw"] = "throw", ["thrown"] = "throw", ["broke"] = "break",
        ["broken"] = "break", ["spent"] = "spend", ["struck"] = "strike", ["lost"] = "lose", ["laid"] = "lay",
        ["sought"] = "seek", ["lent"] = "lend", ["bore"] = "bear", ["born"] = "bear", ["wore"] = "wear",
        ["froze"] = "freeze", ["frozen"] = "freeze", ["hid"] = "hide", ["hidden"] = "hide", ["shook"] = "shake",
        ["sank"] = "sink", ["sunk"] = "sink", ["swore"] = "swear", ["sworn"] = "swear", ["stole"] = "steal",
        ["stolen"] = "steal", ["forgot"] = "forget", ["forgotten"] = "forget", ["forbade"] = "forbid",
        ["forbidden"] = "forbid", ["overthrew"] = "overthrow", ["overthrown"] = "overthrow", ["undertook"] = "undertake",
        ["undertaken"] = "undertake", ["arose"] = "arise", ["arisen"] = "arise", ["fed"] = "feed", ["fled"] = "flee",
        ["dealt"] = "deal", ["heard"] = "hear", ["understood"] = "understand", ["withdrew"] = "withdraw",
        ["withdrawn"] = "withdraw", ["children"] = "child", ["men"] = "man", ["women"] = "woman", ["people"] = "person",
        ["mice"] = "mouse", ["feet"] = "foot", ["teeth"] = "tooth", ["geese"] = "goose",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words (letters, digits, inner apostrophes, hyphens and dots as in "U.S.") with offsets.</summary>
    public static IReadOnlyList<WordToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static IReadOnlyList<WordToken> Tokenize(string text, int start, int end)
    {
        var stemmer = new EnglishStemmer();
        var tokens = new List<WordToken>();
        foreach (Match match in WordPattern().Matches(text[start..end]))
        {
            var word = match.Value.TrimEnd('.');
            if (word.Length == 0)
            {
                continue;
            }

            var lower = Normalize(word);
            tokens.Add(new WordToken(start + match.Index, start + match.Index + word.Length, word, lower, Stem(stemmer, lower)));
        }

        return tokens;
    }

    /// <summary>The base form of an irregular verb or plural ("kept" → "keep", "children" → "child"), else null.</summary>
    public static string? IrregularBase(string lower) => IrregularForms.GetValueOrDefault(lower);

    public static bool IsStopWord(string lower) => StopWords.Contains(lower);

    /// <summary>The stems of the words that carry meaning (no stop words).</summary>
    public static HashSet<string> ContentStems(string text) =>
        Tokenize(text).Where(t => !IsStopWord(t.Lower)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

    public static string Stem(string word) => Stem(new EnglishStemmer(), Normalize(word));

    private static string Stem(EnglishStemmer stemmer, string lower)
    {
        if (lower.Any(char.IsDigit))
        {
            return lower;
        }

        if (IrregularForms.TryGetValue(lower, out var baseForm))
        {
            lower = baseForm;
        }

        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The word without a possessive "'s" or "’s" ("Harbison's" is the word "Harbison").</summary>
    /// <summary>The text with its first letter in capitals ("lavrov" → "Lavrov", "did he agree" → "Did he agree").</summary>
    public static string WithCapital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static string Normalize(string word) =>
        WithoutPossessive(word.ToLowerInvariant()).Replace('\u2019', '\'').Replace(".", string.Empty, StringComparison.Ordinal).Trim('\'');

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*\.?")]
    private static partial Regex WordPattern();
}
