namespace ChatBot.Evaluation.Synonyms;

/// <summary>
/// Writes the answerer's list of ordinary English words (src/ChatBot.Answering/Text/english-words.txt) from a WordNet
/// 3.1 database folder (as for <see cref="WordNetSynonymsCommand"/>): every one-word lemma that some synset writes in
/// lower case ("trump", "sourdough"), and capitalised every one it writes only capitalised ("Putin", "Sofia"), so that a
/// lower-case question word that is such a name, or in neither list ("zelensky"), can be read as the name a user did
/// not capitalise.
/// </summary>
internal static class WordNetWordsCommand
{
    public static async Task<int> RunAsync(string? folder, string? target, TextWriter output, CancellationToken cancellationToken)
    {
        target ??= "src/ChatBot.Answering/Text/english-words.txt";
        if (folder is null || !File.Exists(Path.Combine(folder, "data.noun")))
        {
            await Console.Error.WriteLineAsync("wordnet-words needs --wordnet DIR, a folder with WordNet's data.* files.");
            return 2;
        }

        var words = new SortedSet<string>(StringComparer.Ordinal);
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pos in WordNetFiles.PartsOfSpeech)
        {
            foreach (var synset in await WordNetFiles.ReadSynsetsAsync(Path.Combine(folder, "data." + pos), cancellationToken))
            {
                foreach (var word in synset.Words.Where(word => word.All(char.IsAsciiLetter)))
                {
                    if (word.All(char.IsAsciiLetterLower))
                    {
                        words.Add(word);
                    }
                    else if (char.IsUpper(word[0]))
                    {
                        names.TryAdd(word.ToLowerInvariant(), word);
                    }
                }
            }
        }

        var onlyNames = names.Where(n => !words.Contains(n.Key)).Select(n => n.Value).ToList();
        await File.WriteAllLinesAsync(target, [
            "# One-word lemmas of WordNet 3.1 (Princeton University; licence: WordNet-LICENSE.txt beside this file): in lower case those it",
            "# writes in lower case (words), capitalised those it writes only capitalised (names: \"Putin\", \"Sofia\").",
            "# Written by: dotnet run --project tools/ChatBot.Evaluation -- wordnet-words --wordnet DIR",
            .. words,
            .. onlyNames,
        ], cancellationToken);
        await output.WriteLineAsync($"{words.Count} words and {onlyNames.Count} names written to {target}");
        return 0;
    }
}
