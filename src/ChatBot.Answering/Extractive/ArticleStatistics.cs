using System.Collections.Frozen;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// What the answerer counts once per article: the inverse document frequencies of its word stems, counted over its
/// sentences, and the stems of the people it names.
/// </summary>
internal sealed class ArticleStatistics
{
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;
    private readonly Lazy<FrozenSet<string>> _people;

    public ArticleStatistics(Article article)
    {
        // The whole text at once, so a lone surname ("Vettel") is known by the full name given elsewhere.
        _people = new Lazy<FrozenSet<string>>(() => NameFinder.Find(article.Text, 0, article.Text.Length)
            .Where(m => m.Kind == NameKind.Person)
            .SelectMany(m => TextTerms.Tokenize(article.Text, m.Start, m.End))
            .Select(t => t.Stem)
            .ToFrozenSet(StringComparer.Ordinal));

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                sentences++;
                foreach (var stem in TextTerms.Tokenize(article.Text, sentence.Start, sentence.End).Select(t => t.Stem).Distinct())
                {
                    documentFrequency[stem] = documentFrequency.GetValueOrDefault(stem) + 1;
                }
            }
        }

        var n = Math.Max(1, sentences);
        _idf = documentFrequency.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (n / (double)kv.Value)), StringComparer.Ordinal);
        _unseenIdf = Math.Log(1 + n);
    }

    /// <summary>Rare words weigh more; a word the article never uses weighs most (its absence is telling).</summary>
    public double Idf(string stem) => _idf.TryGetValue(stem, out var idf) ? idf : _unseenIdf;

    public bool Contains(string stem) => _idf.ContainsKey(stem);

    /// <summary>Whether a word with this stem is part of a person's name in the article (<see cref="NameFinder"/>).</summary>
    public bool NamesPerson(string stem) => _people.Value.Contains(stem);

    /// <summary>Every stem the article uses.</summary>
    public IEnumerable<string> Stems => _idf.Keys;
}
