using System.Collections.Frozen;

namespace ChatBot.Answering.Text;

/// <summary>
/// Finds people, organisations and places by their capitalised words, without a model: titles ("Foreign Minister")
/// and nationality words are peeled off, organisation words ("Ministry", "Nations") and acronyms mark
/// organisations, and a lone surname is a person when the text names that person in full elsewhere.
/// </summary>
internal static class NameFinder
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "secretary", "state", "minister", "foreign", "fm", "president", "vice", "prime", "mr", "mrs", "ms", "dr",
        "sir", "lord", "king", "queen", "prince", "princess", "general", "gen", "senator", "sen", "governor", "mayor",
        "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "chairman",
        "professor", "prof", "pope", "saint", "st", "deputy", "defence", "defense", "of", "the", "russian", "us",
        "american", "ukrainian", "british", "french", "german", "chinese", "turkish", "european", "u.s", "uk",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganisationWords = new[]
    {
        "ministry", "kremlin", "nations", "government", "union", "council", "organization", "organisation", "agency",
        "company", "corporation", "corp", "inc", "ltd", "party", "parliament", "university", "college", "bank",
        "army", "navy", "forces", "committee", "association", "office", "department", "court", "commission",
        "institute", "federation", "league", "club", "church", "society", "foundation", "group", "news", "times",
        "post", "press", "pentagon", "congress", "senate", "nato", "opec", "oapec", "reuters", "assembly", "board",
        "authority", "service", "services", "administration", "house",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "i", "notably", "meanwhile", "however", "during", "speaking", "according", "both", "in", "on", "at", "the",
        "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "but", "and", "or", "if",
        "while", "after", "before", "since", "although", "when", "where", "what", "who", "which", "why", "how",
        "as", "for", "from", "with", "by", "to", "of", "there", "then", "also", "some", "many", "most", "other",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Places = new[]
    {
        "us", "usa", "u.s", "uk", "united states", "russia", "ukraine", "turkey", "china", "india", "france",
        "germany", "britain", "england", "europe", "america", "washington", "moscow", "kyiv", "kiev", "istanbul",
        "london", "paris", "berlin", "beijing", "west", "east", "north", "south", "poland", "warsaw", "iran",
        "iraq", "israel", "japan", "canada", "mexico", "brazil", "africa", "asia", "scotland", "italy", "spain",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<NameMention> Find(string text, int start, int end)
    {
        var tokens = TextTerms.Tokenize(text, start, end);
        var raw = new List<NameMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Count && Joined(text, tokens[j], tokens[j + 1])
                && (IsNameWord(tokens[j + 1]) || (tokens[j + 1].Lower == "of" && j + 2 < tokens.Count && IsNameWord(tokens[j + 2]))))
            {
                j++;
            }

            raw.AddRange(Classify(text, tokens, i, j));
            i = j + 1;
        }

        return LinkSurnames(raw);
    }

    private static bool IsNameWord(WordToken token) =>
        token.IsCapitalized && !NotNames.Contains(token.Lower);

    /// <summary>Two words belong to one name when only spaces (or "&amp;") separate them.</summary>
    private static bool Joined(string text, WordToken left, WordToken right)
    {
        var between = text[left.End..right.Start];
        return between.Length > 0 && between.All(c => c == ' ');
    }

    private static IEnumerable<NameMention> Classify(string text, IReadOnlyList<WordToken> tokens, int first, int last)
    {
        var words = tokens.Skip(first).Take(last - first + 1).ToList();
        var full = text[words[0].Start..words[^1].End];
        if (words.Any(w => OrganisationWords.Contains(w.Lower)) && !words.All(w => Titles.Contains(w.Lower)))
        {
            yield return new NameMention(full, words[0].Start, words[^1].End, NameKind.Organisation);
            yield break;
        }

        if (words.Count == 1 && IsAcronym(words[0].Text) && !Places.Contains(words[0].Lower))
        {
            yield return new NameMention(full, words[0].Start, words[0].End, NameKind.Organisation);
            yield break;
        }

        if (Places.Contains(full.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal)))
        {
            yield return new NameMention(full, words[0].Start, words[^1].End, NameKind.Place);
            yield break;
        }

        var core = words.SkipWhile(w => Titles.Contains(w.Lower)).ToList();
        if (core.Count >= 2 && core.Count <= 3 && core.All(w => w.Text.All(char.IsLetter) && !IsAcronym(w.Text)))
        {
            yield return new NameMention(text[core[0].Start..core[^1].End], core[0].Start, core[^1].End, NameKind.Person);
        }
        else if (core.Count == 1)
        {
            yield return new NameMention(core[0].Text, core[0].Start, core[0].End, NameKind.Other);
        }
        else if (core.Count > 0)
        {
            yield return new NameMention(text[core[0].Start..core[^1].End], core[0].Start, core[^1].End, NameKind.Other);
        }
    }

    /// <summary>"Lavrov" is the person "Sergey Lavrov" when the same text names him in full.</summary>
    private static List<NameMention> LinkSurnames(List<NameMention> raw)
    {
        var people = raw.Where(m => m.Kind == NameKind.Person)
            .GroupBy(m => m.Name.Split(' ')[^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return raw.Select(m => m.Kind == NameKind.Other && people.TryGetValue(m.Name, out var fullName)
                ? m with { Name = fullName, Kind = NameKind.Person }
                : m)
            .ToList();
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || c == '.');
}
