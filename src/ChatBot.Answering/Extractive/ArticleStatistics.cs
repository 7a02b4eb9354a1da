using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>Inverse document frequencies of an article's word stems, counted over its sentences.</summary>
internal sealed class ArticleStatistics
{
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;

    public ArticleStatistics(Article article)
    {
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

    /// <summary>Every stem the article uses.</summary>
    public IEnumerable<string> Stems => _idf.Keys;
}
