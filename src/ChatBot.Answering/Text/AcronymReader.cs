using System.Collections.Concurrent;
using System.Collections.Frozen;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// Reads an acronym of the question that the articles never write ("SP", "AAA", "WWII", "MPs") as the name they spell
/// out whose initials it is ("Scottish Parliament", "American Automobile Association", "World War II", "Members of
/// Parliament"): people shorten what an article names in full, and neither the index nor the word matching can see
/// that "SP" is "Scottish Parliament".
/// </summary>
/// <remarks>
/// Each acronym is looked for once per set of articles, when first asked (a large archive pays one pass over its text
/// for it, not one at start for every acronym it could hold).
/// </remarks>
internal sealed class AcronymReader(IReadOnlyList<Article> articles)
{
    private const int MinLetters = 2;
    private const int MaxLetters = 7;

    /// <summary>Acronyms remembered before the memory starts afresh: each one asked is kept, and users can ask any.</summary>
    private const int MaxRemembered = 10_000;

    /// <summary>Small words a name keeps inside it ("Members of the Scottish Parliament").</summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal, "of", "and", "the", "for", "on", "de");

    /// <summary>Acronym → the names that spell it, with the article each occurs in and how often.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<(Article Article, string Name, int Count)>> _names = new(StringComparer.Ordinal);

    /// <summary>The content stems of the articles that hold such a name, to check the rest of the question against.</summary>
    private readonly ConcurrentDictionary<string, HashSet<string>> _articleStems = new(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="word"/> is written like an acronym: two to seven capitals, a plural "s" allowed
    /// ("MPs"), nothing else.
    /// </summary>
    public static bool LooksLikeAcronym(string word)
    {
        var letters = Letters(word);
        return letters.Length is >= MinLetters and <= MaxLetters && letters.All(c => c is >= 'A' and <= 'Z');
    }

    /// <summary>
    /// The name the articles write out for <paramref name="acronym"/>, as they spell it most often; null when they
    /// write the acronym itself (in capitals: "who" is no "WHO"), when none does, or when no one name makes up more
    /// than half of them. Only articles that also hold at least half of the question's other words
    /// (<paramref name="otherStems"/>) count: over a hundred stories almost any three capitals are some name's initials
    /// ("LAC" those of "Los Angeles Clippers" in a story that says nothing of what the question asks).
    /// </summary>
    public string? Expand(string acronym, IReadOnlySet<string> otherStems)
    {
        if (!LooksLikeAcronym(acronym))
        {
            return null;
        }

        if (_names.Count >= MaxRemembered)
        {
            _names.Clear();
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (article, name, count) in _names.GetOrAdd(Letters(acronym), Find))
        {
            if (Holds(article, otherStems))
            {
                counts[name] = counts.GetValueOrDefault(name) + count;
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var best = counts.MaxBy(c => c.Value);
        return best.Value * 2 > counts.Values.Sum() ? best.Key : null;
    }

    /// <summary>The acronym's capitals without a plural "s" ("MPs" → "MP").</summary>
    private static string Letters(string word) =>
        word.Length > MinLetters && word[^1] == 's' && char.IsUpper(word[^2]) ? word[..^1] : word;

    private bool Holds(Article article, IReadOnlySet<string> stems)
    {
        if (stems.Count == 0)
        {
            return true;
        }

        var held = _articleStems.GetOrAdd(article.Id, _ => TextTerms.ContentStems(article.Text));
        return stems.Count(held.Contains) * 2 >= stems.Count;
    }

    private IReadOnlyList<(Article Article, string Name, int Count)> Find(string letters)
    {
        var found = new List<(Article, string, int)>();
        foreach (var article in articles)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var text = article.Text;
            for (var at = text.IndexOf(letters[0], StringComparison.Ordinal); at >= 0; at = text.IndexOf(letters[0], at + 1))
            {
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
                {
                    continue;
                }

                if (Writes(text, at, letters))
                {
                    // The articles use the acronym itself: the index and the word matching find it as it is.
                    return [];
                }

                if (SpelledFrom(text, at, letters) is { } name)
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }

            found.AddRange(counts.Select(c => (article, c.Key, c.Value)));
        }

        return found;
    }

    /// <summary>
    /// The name that starts at <paramref name="start"/> and whose initials are <paramref name="letters"/>: capitalised
    /// words that are not stop words ("Under the Standing" spells no "US"), side by side with only spaces between, small
    /// connecting words allowed inside; a Roman numeral counts whole ("II" in "World War II").
    /// </summary>
    private static string? SpelledFrom(string text, int start, string letters)
    {
        var matched = 0;
        var words = 0;
        for (var at = start; at < text.Length;)
        {
            var end = WordEnd(text, at);
            if (end == at)
            {
                return null;
            }

            var word = text[at..end];
            var connector = words > 0 && Connectors.Contains(word);
            if (!connector)
            {
                if (words > 0 && IsRomanNumeral(word))
                {
                    // Only as the acronym's end: "WWI" is not "World War II".
                    if (matched + word.Length != letters.Length || string.CompareOrdinal(letters, matched, word, 0, word.Length) != 0)
                    {
                        return null;
                    }

                    matched = letters.Length;
                }
                else if (!char.IsUpper(word[0]) || TextTerms.IsStopWord(word.ToLowerInvariant()))
                {
                    return null;
                }
                else if (word[0] == letters[matched])
                {
                    matched++;
                }
                else
                {
                    return null;
                }
            }

            words++;
            if (matched == letters.Length)
            {
                return words > 1 ? text[start..end] : null;
            }

            at = end;
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            if (at == end)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the acronym itself (or its plural) is the word at <paramref name="at"/>, in capitals as asked.</summary>
    private static bool Writes(string text, int at, string letters)
    {
        if (string.CompareOrdinal(text, at, letters, 0, letters.Length) != 0)
        {
            return false;
        }

        var end = at + letters.Length;
        if (end < text.Length && text[end] == 's')
        {
            end++;
        }

        return end == text.Length || !char.IsLetterOrDigit(text[end]);
    }

    /// <summary>Where the word of letters (and inner hyphens) that starts at <paramref name="start"/> ends.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end > start && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X');
}
