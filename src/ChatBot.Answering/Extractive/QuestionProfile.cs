using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>What the answerer needs to know about a question: its content words and the kind of answer it wants.</summary>
internal sealed class QuestionProfile
{
    private readonly Lazy<Dictionary<string, double>> _rarity;
    private readonly Lazy<Dictionary<string, string[][]>> _nameAliases;

    public QuestionProfile(string text)
    {
        Text = text;
        Type = AnswerTypeCues.Classify(text);
        var tokens = TextTerms.Tokenize(text);
        Words = tokens.Select(t => t.Lower).ToHashSet(StringComparer.Ordinal);
        ContentStems = tokens.Where(t => !TextTerms.IsStopWord(t.Lower)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        Measures = MeasureWords.AskedIn(tokens);
        Counted = CountedIn(tokens);
        var names = tokens.Skip(1).Where(t => t.IsCapitalized && !TextTerms.IsStopWord(t.Lower)).ToList();
        Names = names.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        _nameAliases = new Lazy<Dictionary<string, string[][]>>(() => names
            .GroupBy(t => t.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => AliasStems(TextTerms.WithoutPossessive(g.First().Text)), StringComparer.Ordinal));
        _rarity = new Lazy<Dictionary<string, double>>(() => tokens
            .GroupBy(t => t.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(t => EnglishWordRarity.Of(t.Lower)), StringComparer.Ordinal));
    }

    public string Text { get; }

    public AnswerType Type { get; }

    /// <summary>Every word, lower-cased, so a candidate answer that only repeats the question can be recognised.</summary>
    public IReadOnlySet<string> Words { get; }

    public IReadOnlySet<string> ContentStems { get; }

    /// <summary>Stems of the measure adjectives asked for ("big" in "How big was the crowd?"): <see cref="MeasureWords"/>.</summary>
    public IReadOnlySet<string> Measures { get; }

    /// <summary>
    /// Stems of what "how many" or "how much" counts: the words right after it, up to the first stop word ("prize" and
    /// "money" in "How much prize money did Hamilton win?"); empty for other questions.
    /// </summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>Stems of the capitalised words after the first: the people, places and things it names.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>
    /// Whether a text whose stems <paramref name="contains"/> names the place of the question's name with stem
    /// <paramref name="name"/>: by that name or by another the text writes (<see cref="Text.NameAliases"/>: the seed
    /// article's "US" names the question's "America" even where another article in view says "America" and the
    /// question was left as typed).
    /// </summary>
    public bool NamesPlace(string name, Func<string, bool> contains) =>
        contains(name) || (_nameAliases.Value.TryGetValue(name, out var aliases) && aliases.Any(alias => alias.All(contains)));

    private static string[][] AliasStems(string name)
    {
        var aliases = NameAliases.Default.Of(name);
        if (aliases.Count == 0)
        {
            aliases = NameAliases.Default.OfNear(name);
        }

        return [.. aliases.Select(alias => alias.Split(' ').Select(TextTerms.Stem).ToArray())];
    }

    private static List<string> CountedIn(IReadOnlyList<WordToken> tokens)
    {
        var at = Enumerable.Range(0, Math.Max(0, tokens.Count - 1))
            .FirstOrDefault(i => tokens[i].Lower == "how" && tokens[i + 1].Lower is "many" or "much", -1);
        return at < 0 ? [] : tokens.Skip(at + 2).TakeWhile(t => !TextTerms.IsStopWord(t.Lower)).Take(2).Select(t => t.Stem).ToList();
    }

    /// <summary>How rare in English the question's word with this stem is (<see cref="EnglishWordRarity"/>; 1 when it has none).</summary>
    public double EnglishRarity(string stem) => _rarity.Value.GetValueOrDefault(stem, 1);
}
