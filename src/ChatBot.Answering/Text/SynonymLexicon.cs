using System.Collections.Frozen;
using System.Globalization;

namespace ChatBot.Answering.Text;

/// <summary>
/// Words that share a meaning in WordNet 3.1 (synonyms.tsv, written from its database by
/// <c>tools/ChatBot.Evaluation wordnet-synonyms</c>): "freed" finds "release", "believed" finds "thought". Only a
/// word's commonest senses count, on both sides: "free" finds "release" and "liberate" but not "exempt", where the
/// shared sense is the fourth of "free".
/// </summary>
internal sealed class SynonymLexicon
{
    /// <summary>
    /// How far down a word's list of senses (WordNet orders them by how often each is used) a shared sense may be. On
    /// the SQuAD tune half 2, 3 and 5 gave the same first citation, 0.8486; on CoQA's, 5 one follow-up more.
    /// </summary>
    private const int MaxSenseRank = 3;

    private static readonly string[] s_noStems = [];

    private readonly FrozenDictionary<string, string[]> _stemsByLemma;

    private SynonymLexicon(FrozenDictionary<string, string[]> stemsByLemma) => _stemsByLemma = stemsByLemma;

    /// <summary>The lexicon embedded in this assembly.</summary>
    public static SynonymLexicon Default { get; } = Load();

    /// <summary>The stems of the words that share one of the common senses of <paramref name="lower"/> (a lower-case word, inflected or not).</summary>
    public IReadOnlyList<string> StemsOfSynonyms(string lower)
    {
        if (_stemsByLemma.TryGetValue(lower, out var direct))
        {
            return direct;
        }

        if (TextTerms.IrregularBase(lower) is { } irregular && _stemsByLemma.TryGetValue(irregular, out var fromIrregular))
        {
            return fromIrregular;
        }

        List<string>? found = null;
        foreach (var form in WordNetMorphy.BaseForms(lower))
        {
            if (_stemsByLemma.TryGetValue(form, out var stems))
            {
                found ??= [];
                found.AddRange(stems.Where(s => !found.Contains(s)));
            }
        }

        return found ?? (IReadOnlyList<string>)s_noStems;
    }

    private static SynonymLexicon Load()
    {
        var stems = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLines.Read("ChatBot.Answering.Text.synonyms.tsv"))
        {
            var members = line.Split(' ')
                .Select(m => m.Split(':'))
                .Where(m => int.Parse(m[1], CultureInfo.InvariantCulture) <= MaxSenseRank)
                .Select(m => m[0])
                .ToList();
            var memberStems = members.Select(TextTerms.Stem).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var set = stems.TryGetValue(members[i], out var found) ? found : stems[members[i]] = new(StringComparer.Ordinal);
                set.UnionWith(memberStems.Where(stem => stem != memberStems[i]));
            }
        }

        return new SynonymLexicon(stems.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
