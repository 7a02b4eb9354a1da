namespace ChatBot.Evaluation.Synonyms;

/// <summary>
/// Writes the answerer's name aliases (src/ChatBot.Answering/Text/name-aliases.tsv) from a WordNet 3.1 database folder
/// (as for <see cref="WordNetSynonymsCommand"/>): for each one-word name of a place, the other names WordNet gives it
/// ("America": "United States", "US", "USA") and, for a national capital, its country's ("Moscow": "Russia"); for a
/// people or a place's adjective, the place's names ("American": "United States", "Russian": "Russia"). One line
/// per name, <c>Name&lt;TAB&gt;place|people&lt;TAB&gt;Alias|Alias…</c>, the aliases of its commonest sense first.
/// </summary>
internal static class WordNetNamesCommand
{
    /// <summary>WordNet's synset "national capital": a city that is an instance of it stands for its country.</summary>
    private const string NationalCapital = "08709407";

    /// <summary>WordNet's lexicographer file of places (noun.location).</summary>
    private const string Locations = "15";

    /// <summary>Enough for any name's senses; the answerer takes the first the articles write.</summary>
    private const int MaxAliases = 8;

    public static async Task<int> RunAsync(string? folder, string? target, TextWriter output, CancellationToken cancellationToken)
    {
        target ??= "src/ChatBot.Answering/Text/name-aliases.tsv";
        if (folder is null || !File.Exists(Path.Combine(folder, "data.noun")))
        {
            await Console.Error.WriteLineAsync("wordnet-names needs --wordnet DIR, a folder with WordNet's index.* and data.* files.");
            return 2;
        }

        var nouns = (await WordNetFiles.ReadSynsetsAsync(Path.Combine(folder, "data.noun"), cancellationToken)).ToDictionary(s => s.Offset, StringComparer.Ordinal);
        var adjectives = (await WordNetFiles.ReadSynsetsAsync(Path.Combine(folder, "data.adj"), cancellationToken)).ToDictionary(s => s.Offset, StringComparer.Ordinal);
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pos in new[] { (Synsets: nouns, Index: "index.noun"), (Synsets: adjectives, Index: "index.adj") })
        {
            foreach (var offset in (await WordNetFiles.ReadIndexAsync(Path.Combine(folder, pos.Index), cancellationToken)).SelectMany(entry => entry.Offsets))
            {
                if (!pos.Synsets.TryGetValue(offset, out var synset))
                {
                    continue;
                }

                var names = Lemmas(synset).Where(IsName).ToList();
                var isPlace = pos.Synsets == nouns && synset.LexFile == Locations;
                var standsFor = synset.Pointers
                    .Where(p => p.Pos == "n" && nouns.TryGetValue(p.Offset, out var whole) && whole.LexFile == Locations && StandsFor(synset, p, whole))
                    .SelectMany(p => Lemmas(nouns[p.Offset]).Where(IsName))
                    .ToList();
                if (names.Count == 0 || (!isPlace && standsFor.Count == 0))
                {
                    continue; // neither a place nor a people or adjective of one: a person's, a god's, a genus's names are left out
                }

                var all = (isPlace ? names : []).Concat(standsFor).ToList();
                foreach (var name in names.Where(n => !n.Contains(' ', StringComparison.Ordinal)))
                {
                    var list = aliases.TryGetValue(name, out var found) ? found : aliases[name] = [];
                    // An alias that holds the name ("Albert Einstein" for "Einstein") adds nothing: where the articles
                    // write it, they write the name.
                    list.AddRange(all.Where(a => a != name && !a.Split(' ').Contains(name) && !list.Contains(a)));
                    if (isPlace)
                    {
                        places.Add(name);
                    }
                }
            }
        }

        var lines = aliases.Where(a => a.Value.Count > 0)
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => a.Key + "\t" + (places.Contains(a.Key) ? "place" : "people") + "\t" + string.Join('|', a.Value.Take(MaxAliases)))
            .ToList();
        await File.WriteAllLinesAsync(target, [
            "# Names of WordNet 3.1 (Princeton University; licence: WordNet-LICENSE.txt beside this file) and what else they are called.",
            "# Written by: dotnet run --project tools/ChatBot.Evaluation -- wordnet-names --wordnet DIR",
            .. lines,
        ], cancellationToken);
        await output.WriteLineAsync($"{lines.Count} names written to {target}");
        return 0;
    }

    /// <summary>
    /// Whether <paramref name="synset"/> stands for <paramref name="whole"/> in the news: a national capital for the
    /// country it is part of, a people (a kind, not one thing: "American") for the country it is a member of, an
    /// adjective for the country it pertains to. A country's own membership (of NATO) and a genus's (of a family) are not.
    /// </summary>
    private static bool StandsFor(WordNetSynset synset, WordNetPointer pointer, WordNetSynset whole) => pointer.Symbol switch
    {
        "#p" => synset.IsInstanceOf(NationalCapital),
        "#m" => !synset.IsInstance && whole.IsInstance,
        "\\" => true,
        _ => false,
    };

    /// <summary>A proper name: capitalised words of two letters or more ("United States", "US"; not "U.S.", "V" or "capital of the Ukraine").</summary>
    private static bool IsName(string lemma) =>
        lemma.Split(' ').All(w => w.Length > 1 && char.IsAsciiLetterUpper(w[0]) && w.All(char.IsAsciiLetter));

    /// <summary>The synset's words as written in text: "United_States" is "United States".</summary>
    private static IEnumerable<string> Lemmas(WordNetSynset synset) => synset.Words.Select(word => word.Replace('_', ' '));
}
