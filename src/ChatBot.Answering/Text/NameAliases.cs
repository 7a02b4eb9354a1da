using System.Collections.Frozen;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// Other names of a place or people in WordNet 3.1 (name-aliases.tsv, written from its database by
/// <c>tools/ChatBot.Evaluation wordnet-names</c>), and what a name stands for in the news: "America" is "United States"
/// or "US", "Americans" the "United States", "Moscow" "Russia", "Russian" "Russia". A user names a country as they
/// say it; the article, as its writer does.
/// </summary>
internal sealed class NameAliases
{
    /// <summary>Shorter names are left to exact matches: at three letters one edit makes another name ("Iran", "Iraq" are four and both held).</summary>
    private const int MinNearLength = 4;

    private static readonly string[] s_none = [];

    private readonly FrozenDictionary<string, string[]> _aliases;
    private readonly FrozenSet<string> _places;

    private NameAliases(FrozenDictionary<string, string[]> aliases, FrozenSet<string> places)
    {
        _aliases = aliases;
        _places = places;
    }

    /// <summary>The aliases embedded in this assembly.</summary>
    public static NameAliases Default { get; } = Load();

    /// <summary>
    /// The other names of <paramref name="name"/>, as typed (names are capitalised: "US" is not "us"), commonest sense
    /// first; a plural ("Americans") has those of its singular.
    /// </summary>
    public IReadOnlyList<string> Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_aliases.TryGetValue(name, out var aliases))
        {
            return aliases;
        }

        return name.Length > 3 && name.EndsWith('s') && _aliases.TryGetValue(name[..^1], out var ofSingular) ? ofSingular : s_none;
    }

    /// <summary>
    /// The other names of the places one edit away from <paramref name="name"/> (at least four letters, same first
    /// letter), not those names themselves, for a spelling WordNet does not hold (a people's name one edit away is
    /// more often a person's: "Dale" is not "Dane"): "Kyiv" is its "Kyyiv", a transliteration of
    /// the same city, whose other names are "Kiev" and "Ukraine".
    /// </summary>
    public IReadOnlyList<string> OfNear(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < MinNearLength)
        {
            return s_none;
        }

        var near = new List<string>();
        foreach (var key in _places)
        {
            if (key.Length >= MinNearLength && key[0] == name[0] && Math.Abs(key.Length - name.Length) <= 1 && EditDistance.Compute(name, key, 2) == 1)
            {
                // Only its other names: the near name itself ("Latin" for "Lain") is another word where the articles
                // do not write it, and where they do the typo reading has read it already. A name's list never holds it.
                near.AddRange(_aliases[key].Where(a => a != name));
            }
        }

        return near.Count == 0 ? s_none : near.Distinct(StringComparer.Ordinal).ToList();
    }

    private static NameAliases Load()
    {
        var aliases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines.Read("ChatBot.Answering.Text.name-aliases.tsv"))
        {
            // Name, "place" or "people", aliases.
            var fields = line.Split('\t');
            aliases[fields[0]] = fields[2].Split('|');
            if (fields[1] == "place")
            {
                places.Add(fields[0]);
            }
        }

        return new NameAliases(aliases.ToFrozenDictionary(StringComparer.Ordinal), places.ToFrozenSet(StringComparer.Ordinal));
    }
}
