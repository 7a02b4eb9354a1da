using System.Collections.Frozen;

namespace ChatBot.Answering.Text;

/// <summary>
/// Finds people, organisations and places by their capitalised words, without a model: titles ("Foreign Minister")
/// and nationality words are peeled off, organisation words ("Ministry", "Nations") and acronyms mark
/// organisations, a name of two or three words is a person only with evidence from the text around it, and a lone
/// surname is a person when the text names that person in full elsewhere. Measured on Data/name-kinds.tsv.
/// </summary>
internal static class NameFinder
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "secretary", "state", "minister", "foreign", "fm", "president", "vice", "prime", "mr", "mrs", "ms", "dr",
        "sir", "lord", "king", "queen", "prince", "princess", "general", "gen", "senator", "sen", "governor", "mayor",
        "chancellor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "chairman", "ayatollah",
        "professor", "prof", "pope", "saint", "st", "deputy", "defence", "defense", "of", "the", "russian", "us",
        "american", "ukrainian", "british", "french", "german", "chinese", "turkish", "european", "u.s", "uk",
        "indian", "japanese", "israeli", "arab", "iranian", "iraqi", "egyptian", "syrian", "spanish",
        "italian", "polish", "scottish", "english", "irish", "canadian", "mexican", "brazilian", "african",
        "asian", "western", "eastern", "northern", "southern", "muslim", "christian", "jewish", "islamic",
        "shiite", "sunni", "catholic", "protestant", "holy", "roman",
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
        "saudi arabia", "egypt", "syria", "netherlands", "the netherlands", "middle east",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles that only people carry (unlike "Russian" or "Foreign", which also open organisations' names).</summary>
    private static readonly FrozenSet<string> PersonTitles = new[]
    {
        "secretary", "minister", "president", "mr", "mrs", "ms", "dr", "sir", "lord", "king", "queen", "prince",
        "princess", "general", "gen", "senator", "sen", "governor", "mayor", "chancellor", "ambassador", "spokesman",
        "spokeswoman", "spokesperson", "director", "chairman", "professor", "prof", "pope", "saint", "deputy",
        "ayatollah", "fm", "judge", "coach", "captain", "rep", "representative",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case nouns for people that stand right before a name ("teammate Felipe Massa").</summary>
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "teammate", "driver", "player", "executive", "actor", "actress", "singer", "rapper", "star", "coach",
        "manager", "official", "officials", "leader", "rival", "backmarker", "champion", "striker", "midfielder",
        "goalkeeper", "defender", "writer", "author", "journalist", "reporter", "professor", "scientist", "lawyer",
        "attorney", "prosecutor", "suspect", "victim", "son", "daughter", "wife", "husband", "brother", "sister",
        "father", "mother", "friend", "colleague", "evangelist", "founder", "ceo", "chairman", "spokesman",
        "spokeswoman", "minister", "senator", "governor", "president", "secretary", "ambassador", "envoy",
        "successor", "predecessor", "administrator", "economist", "historian", "analyst", "activist", "investor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose subject is a person, right after the name ("George Lenczowski notes").</summary>
    private static readonly FrozenSet<string> PersonVerbs = new[]
    {
        "said", "says", "told", "tells", "asked", "asks", "signed", "named", "added", "noted", "notes", "wrote",
        "writes", "argued", "argues", "warned", "stressed", "urged", "accused", "emphasized", "emphasised",
        "underscored", "pressed", "claimed", "insisted", "announced", "believed", "believes", "described",
        "explained", "replied", "admitted", "acknowledged", "denied", "spoke", "met", "visited", "thinks", "thought",
        "wants", "wanted", "hopes", "hoped", "died", "resigned",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words that make a capitalised name a place ("Sinai Peninsula", "Persian Gulf").</summary>
    private static readonly FrozenSet<string> PlaceHeads = new[]
    {
        "river", "sea", "ocean", "island", "islands", "lake", "mountain", "mountains", "valley", "peninsula",
        "heights", "gulf", "bay", "coast", "county", "province", "state", "city", "street", "avenue", "square",
        "park", "bridge", "desert", "strait", "canal", "region", "district", "airport", "station", "circuit",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] PlacePrepositions = ["in ", "at ", "near ", "into ", "across ", "throughout ", "in the ", "across the "];

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
        return (between.Length > 0 && between.All(c => c == ' '))
            || (between == ". " && left.Text.Length == 1 && char.IsUpper(left.Text[0])); // a middle initial: "William E. Simon"
    }

    private static IEnumerable<NameMention> Classify(string text, IReadOnlyList<WordToken> tokens, int first, int last)
    {
        var words = tokens.Skip(first).Take(last - first + 1).ToList();
        if (words[^1].Text.Length > 2 && (words[^1].Text.EndsWith("'s", StringComparison.Ordinal) || words[^1].Text.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            // "Hamilton's victory" names Hamilton.
            words[^1] = words[^1] with { End = words[^1].End - 2, Text = words[^1].Text[..^2] };
        }

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
        var titled = words.Take(words.Count - core.Count).Any(w => PersonTitles.Contains(w.Lower));
        if (core.Count >= 2 && core.Count <= 3 && core.All(w => w.Text.All(char.IsLetter) && !IsAcronym(w.Text)))
        {
            var name = text[core[0].Start..core[^1].End];
            // Place first: people are seldom "in", "at" or "into" something ("into North America").
            var kind = !titled && (PlaceHeads.Contains(core[^1].Lower) || IsPlaceByContext(text, name)) ? NameKind.Place
                : titled || LooksLikePerson(text, tokens, first, last, core) ? NameKind.Person
                : NameKind.Other;
            yield return new NameMention(name, core[0].Start, core[^1].End, kind);
        }
        else if (core.Count == 1)
        {
            var kind = titled ? NameKind.Person : IsPlaceByContext(text, core[0].Text) ? NameKind.Place : NameKind.Other;
            yield return new NameMention(core[0].Text, core[0].Start, core[0].End, kind);
        }
        else if (core.Count > 0)
        {
            yield return new NameMention(text[core[0].Start..core[^1].End], core[0].Start, core[^1].End, NameKind.Other);
        }
    }

    /// <summary>
    /// Two or three capitalised words name a person only with evidence, as "Formula One", "Daily Beast" and "Red Bull"
    /// have the shape of a name too: no "the" in front ("the Holy Roman Empire"), and a role word before it
    /// ("teammate Felipe Massa", "player, Brittney Griner"), a verb only people do after it ("Bill Clinton signed"),
    /// or the surname used alone elsewhere in the text ("… Hamilton passed him").
    /// </summary>
    private static bool LooksLikePerson(string text, IReadOnlyList<WordToken> tokens, int first, int last, List<WordToken> core)
    {
        if (first > 0 && tokens[first - 1].Lower is "the" or "a" or "an")
        {
            return false;
        }

        var name = text[core[0].Start..core[^1].End];
        foreach (var at in WholeWordOccurrences(text, name))
        {
            var before = PreviousWord(text, at);
            var after = NextWord(text, at + name.Length);
            if ((before.Length > 0 && (PersonTitles.Contains(before) || RoleWords.Contains(before) || (Titles.Contains(before) && before is not ("the" or "of"))))
                || PersonVerbs.Contains(after))
            {
                return true;
            }
        }

        var surname = core[^1].Text;
        var given = core[^2].Text;
        return WholeWordOccurrences(text, surname).Any(at => !(at >= given.Length + 1 && text.AsSpan(at - given.Length - 1, given.Length).SequenceEqual(given)));
    }

    private static IEnumerable<int> WholeWordOccurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                yield return at;
            }
        }
    }

    /// <summary>The lower-case word before <paramref name="at"/>, across spaces and a comma ("player, Brittney Griner").</summary>
    private static string PreviousWord(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }

    private static string NextWord(string text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end].ToLowerInvariant();
    }

    /// <summary>A name the text puts after "in", "at" or "near" ("in Sao Paulo", "at Austin") is a place.</summary>
    private static bool IsPlaceByContext(string text, string name)
    {
        foreach (var preposition in PlacePrepositions)
        {
            for (var at = text.IndexOf(preposition + name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(preposition + name, at + 1, StringComparison.Ordinal))
            {
                var end = at + preposition.Length + name.Length;
                var wholeWord = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                var nameGoesOn = end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
                if (wholeWord && !nameGoesOn)
                {
                    return true;
                }
            }
        }

        // "Israel and Syria", "Syria and Egypt": a name joined by "and" to a known country or city is one too.
        return WholeWordOccurrences(text, name).Any(at =>
            Places.Contains(PreviousWordBefore(text, at, "and")) || Places.Contains(NextWordAfter(text, at + name.Length, "and")));
    }

    /// <summary>The word before "<paramref name="joiner"/> " that precedes <paramref name="at"/>, or "".</summary>
    private static string PreviousWordBefore(string text, int at, string joiner)
    {
        var prefix = " " + joiner + " ";
        // Right before " and ", not across a comma: "an ally of Israel, and Harold Wilson's government" joins clauses.
        return at > prefix.Length && text.AsSpan(at - prefix.Length, prefix.Length).SequenceEqual(prefix) && char.IsLetter(text[at - prefix.Length - 1])
            ? PreviousWord(text, at - prefix.Length + 1)
            : "";
    }

    private static string NextWordAfter(string text, int at, string joiner)
    {
        var infix = " " + joiner + " ";
        return at + infix.Length <= text.Length && text.AsSpan(at, infix.Length).SequenceEqual(infix) ? NextWord(text, at + infix.Length) : "";
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
