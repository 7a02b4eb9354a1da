using System.Collections.Frozen;

namespace ChatBot.Answering.Text;

/// <summary>
/// Other names of a place or people in WordNet 3.1 (name-aliases.tsv, written from its database by
/// <c>tools/ChatBot.Evaluation wordnet-names</c>), and what a name stands for in the news: "America" is "United States"
/// or "US", "Americans" the "United States", "Moscow" "Russia", "Russian" "Russia". A user names a country as they
/// say it; the article, as its writer does.
/// </summary>
internal sealed class NameAliases
{
    private static readonly string[] s_none = [];

    private readonly FrozenDictionary<string, string[]> _aliases;

    private NameAliases(FrozenDictionary<string, string[]> aliases) => _aliases = aliases;

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

    private static NameAliases Load()
    {
        using var stream = typeof(NameAliases).Assembly.GetManifestResourceStream("ChatBot.Answering.Text.name-aliases.tsv")
            ?? throw new InvalidOperationException("name-aliases.tsv is not embedded in " + typeof(NameAliases).Assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        var aliases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            aliases[line[..tab]] = line[(tab + 1)..].Split('|');
        }

        return new NameAliases(aliases.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
