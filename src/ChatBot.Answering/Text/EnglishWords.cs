using System.Collections.Frozen;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// The ordinary English words: WordNet 3.1's (english-words.txt, written by <c>tools/ChatBot.Evaluation
/// wordnet-words</c>: the one-word lemmas it writes in lower case), which has no "anyone" or "everything", and the
/// embedding model's commonest words (<see cref="EnglishWordRarity"/>); and the names WordNet writes only capitalised.
/// A lower-case question word that is such a name, or no word, can be read as a name the user did not capitalise: "who
/// is zelensky?" asks about a person as "Who is Zelensky?" does, while "trump", "sourdough" and "freed" are words.
/// </summary>
internal sealed class EnglishWords
{
    /// <summary>The longest word that one slip, not two, keeps apart from another.</summary>
    private const int ShortWord = 7;

    /// <summary>The shortest word taken as one of two run together ("feeds" and "entirely").</summary>
    private const int MinPart = 3;

    private readonly FrozenSet<string> _words;
    /// <summary>Lower-case name → WordNet's spelling ("putin" → "Putin").</summary>
    private readonly FrozenDictionary<string, string> _names;
    private readonly FrozenDictionary<int, string[]> _byLength;

    private EnglishWords(IReadOnlyList<string> lines)
    {
        _words = lines.Where(l => !char.IsUpper(l[0])).ToFrozenSet(StringComparer.Ordinal);
        _names = lines.Where(l => char.IsUpper(l[0])).ToFrozenDictionary(l => l.ToLowerInvariant(), l => l, StringComparer.Ordinal);
        _byLength = _words.GroupBy(w => w.Length).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The list embedded in this assembly.</summary>
    public static EnglishWords Default { get; } = new([.. EmbeddedLines.Read("ChatBot.Answering.Text.english-words.txt")]);

    /// <summary>
    /// Whether <paramref name="lower"/> reads as a name: WordNet writes it only capitalised ("putin", "sofia"), or it is
    /// no English word (<see cref="IsUnknown"/>).
    /// </summary>
    public bool IsName(string lower) => _names.ContainsKey(lower) || IsUnknown(lower);

    /// <summary>How WordNet spells the name <paramref name="lower"/> ("Putin", "McCarthy"); null when it is none of WordNet's names.</summary>
    public string? NameSpelling(string lower) => _names.GetValueOrDefault(lower);

    /// <summary>Whether WordNet writes <paramref name="lower"/>, or its base form, in lower case: an ordinary word.</summary>
    /// <param name="comparatives">Whether an "-er" or "-est" form counts ("newer"); see <see cref="WordNetMorphy.BaseForms"/>.</param>
    public bool IsDictionaryWord(string lower, bool comparatives = true) =>
        _words.Contains(lower)
        || (TextTerms.IrregularBase(lower) is { } irregular && _words.Contains(irregular))
        || WordNetMorphy.BaseForms(lower, comparatives).Any(_words.Contains);

    /// <summary>
    /// Whether <paramref name="lower"/> is neither an English word nor a typing slip away from one: one letter left out,
    /// added, changed or two swapped for a word of up to seven letters, two for a longer one (the word or its base form
    /// against WordNet's), or two words run together. "weppons", "acceration", "reffered" and "feedsentirely" are
    /// typos; "zelensky" is a name. A short name one letter from a word ("putin", "cutin") is left a word.
    /// </summary>
    public bool IsUnknown(string lower)
    {
        if (Contains(lower) || Enumerable.Range(MinPart, Math.Max(0, lower.Length - (2 * MinPart) + 1)).Any(at => Contains(lower[..at]) && Contains(lower[at..])))
        {
            return false;
        }

        var slips = lower.Length > ShortWord ? 2 : 1;
        return !WordNetMorphy.BaseForms(lower).Prepend(lower).Any(form => HasWordWithin(form, slips));
    }

    private bool HasWordWithin(string word, int slips)
    {
        for (var length = Math.Max(1, word.Length - slips); length <= word.Length + slips; length++)
        {
            if (_byLength.TryGetValue(length, out var candidates) && candidates.Any(c => EditDistance.Compute(word, c, slips + 1) <= slips))
            {
                return true;
            }
        }

        return false;
    }

    private bool Contains(string lower) => IsDictionaryWord(lower) || EnglishWordRarity.Of(lower) < 1;
}
