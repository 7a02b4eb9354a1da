using System.Globalization;

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

        var nouns = await SynsetsAsync(Path.Combine(folder, "data.noun"), cancellationToken);
        var adjectives = await SynsetsAsync(Path.Combine(folder, "data.adj"), cancellationToken);
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pos in new[] { (Synsets: nouns, Index: "index.noun"), (Synsets: adjectives, Index: "index.adj") })
        {
            foreach (var offset in await OffsetsInSenseOrderAsync(Path.Combine(folder, pos.Index), cancellationToken))
            {
                if (!pos.Synsets.TryGetValue(offset, out var synset))
                {
                    continue;
                }

                var names = synset.Lemmas.Where(IsName).ToList();
                var isPlace = pos.Synsets == nouns && synset.LexFile == Locations;
                var standsFor = synset.Pointers
                    .Where(p => p.Pos == "n" && nouns.TryGetValue(p.Offset, out var whole) && whole.LexFile == Locations && StandsFor(synset, p, whole))
                    .SelectMany(p => nouns[p.Offset].Lemmas.Where(IsName))
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
    private static bool StandsFor(Synset synset, Pointer pointer, Synset whole) => pointer.Symbol switch
    {
        "#p" => synset.IsInstanceOf(NationalCapital),
        "#m" => !synset.IsInstance && whole.IsInstance,
        "\\" => true,
        _ => false,
    };

    /// <summary>A proper name: capitalised words of two letters or more ("United States", "US"; not "U.S.", "V" or "capital of the Ukraine").</summary>
    private static bool IsName(string lemma) =>
        lemma.Split(' ').All(w => w.Length > 1 && char.IsAsciiLetterUpper(w[0]) && w.All(char.IsAsciiLetter));

    private static async Task<Dictionary<string, Synset>> SynsetsAsync(string path, CancellationToken cancellationToken)
    {
        var synsets = new Dictionary<string, Synset>(StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            if (line.Length == 0 || line.StartsWith(' '))
            {
                continue; // the licence header
            }

            // offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss
            var fields = line.Split(' ');
            var count = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var lemmas = Enumerable.Range(0, count).Select(i => StripMark(fields[4 + (2 * i)]).Replace('_', ' ')).ToList();
            var at = 4 + (2 * count);
            var pointerCount = int.Parse(fields[at], CultureInfo.InvariantCulture);
            var pointers = Enumerable.Range(0, pointerCount)
                .Select(k => new Pointer(fields[at + 1 + (4 * k)], fields[at + 2 + (4 * k)], fields[at + 3 + (4 * k)]))
                .ToList();
            synsets[fields[0]] = new Synset(fields[1], lemmas, pointers);
        }

        return synsets;
    }

    /// <summary>Every synset offset of an index file, each lemma's senses in WordNet's order (commonest first).</summary>
    private static async Task<List<string>> OffsetsInSenseOrderAsync(string indexPath, CancellationToken cancellationToken)
    {
        var offsets = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(indexPath, cancellationToken))
        {
            if (line.Length == 0 || line.StartsWith(' '))
            {
                continue;
            }

            // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pointers = int.Parse(fields[3], CultureInfo.InvariantCulture);
            offsets.AddRange(fields.Skip(4 + pointers + 2));
        }

        return offsets;
    }

    /// <summary>An adjective's lemma without its position mark ("Russian(a)" is "Russian").</summary>
    private static string StripMark(string lemma) => lemma.IndexOf('(', StringComparison.Ordinal) is var at and > 0 ? lemma[..at] : lemma;

    private sealed record Pointer(string Symbol, string Offset, string Pos);

    private sealed record Synset(string LexFile, IReadOnlyList<string> Lemmas, IReadOnlyList<Pointer> Pointers)
    {
        public bool IsInstance => Pointers.Any(p => p.Symbol == "@i");

        public bool IsInstanceOf(string offset) => Pointers.Any(p => p.Symbol == "@i" && p.Offset == offset);
    }
}
