using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="IArticleVocabulary"/> over a set of articles: every word they use, with how often and how they spell
/// it, and the nearest-word search (Damerau–Levenshtein distance, one edit).
/// </summary>
public sealed partial class ArticleVocabulary : IArticleVocabulary
{
    /// <summary>Shorter words are left alone: at three letters almost every edit makes another word.</summary>
    public const int MinWordLength = 4;

    /// <summary>
    /// One edit (a transposition counts as one): two edits on the SQuAD questions turned real words the lists lack
    /// into others ("decelerate" into "degenerate"), while crowdworkers' typos were nearly all one edit away.
    /// </summary>
    private const int MaxEdits = 1;

    /// <summary>Lower-case word → (how the articles spell it most often, how often it occurs).</summary>
    private readonly Dictionary<string, (string Spelling, int Count)> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

    public ArticleVocabulary(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            // Composed (NFC), so a letter written with a combining accent ("ó" as "o" + U+0301) stays inside its word.
            foreach (Match match in WordPattern().Matches(article.Text.Normalize(NormalizationForm.FormC)))
            {
                // "Harbison's" is the word "Harbison".
                var word = match.Value.EndsWith("'s", StringComparison.Ordinal) || match.Value.EndsWith("\u2019s", StringComparison.Ordinal)
                    ? match.Value[..^2]
                    : match.Value;
                var lower = Lower(word);
                if (lower == word)
                {
                    _common.Add(lower);
                }

                var forms = spellings.TryGetValue(lower, out var f) ? f : spellings[lower] = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[word] = forms.GetValueOrDefault(word) + 1;
            }
        }

        // Each distinct word is stemmed once, with one stemmer: stemming every occurrence was most of the cost of a
        // large archive's vocabulary, built on its first question.
        var stemmer = new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
        foreach (var (lower, forms) in spellings)
        {
            _words[lower] = (forms.MaxBy(f => f.Value).Key, forms.Values.Sum());
            _stems.Add(Stem(stemmer, lower));
        }
    }

    public bool InArticles(string word) => _words.ContainsKey(Lower(word));

    public bool IsCommonWord(string word) => _common.Contains(Lower(word));

    public bool WritesAs(string word) => _words.TryGetValue(Lower(word), out var entry) && entry.Spelling == word;

    public string? NameSpelling(string word)
    {
        var lower = Lower(word);
        return _words.TryGetValue(lower, out var entry) && !_common.Contains(lower) && char.IsUpper(entry.Spelling[0]) ? entry.Spelling : null;
    }

    /// <remarks>
    /// Known also by its stem, so an inflection neither list spells out ("formulate" beside "formulated",
    /// "plaguing" beside "plague") is not taken for a typo.
    /// </remarks>
    public bool IsKnown(string word)
    {
        var lower = Lower(word);
        if (_words.ContainsKey(lower) || EnglishLexicon.Words.Contains(lower))
        {
            return true;
        }

        var stem = Stem(lower);
        return _stems.Contains(stem) || EnglishLexicon.Stems.Contains(stem);
    }

    public string? Suggest(string word)
    {
        var lower = Lower(word);
        if (lower.Length < MinWordLength || !lower.All(char.IsLetter) || IsKnown(lower))
        {
            return null;
        }

        // Among equals, a word with the same first letter ("beriods" is "beroids", not "periods"), then one written as
        // the user wrote it, an ordinary word for a word in lower case and a name for a capitalised one ("grian" is
        // "grain", not "Gran"), then the most frequent.
        var fromArticles = Nearest(lower, _words.Keys, MaxEdits);
        if (fromArticles.Count > 0)
        {
            var typedLower = lower == word;
            return fromArticles.OrderByDescending(w => w[0] == lower[0])
                .ThenByDescending(w => _common.Contains(w) == typedLower)
                .ThenByDescending(w => _words[w].Count)
                .Select(w => _words[w].Spelling)
                .First();
        }

        // An English word only when it is the one word one edit away: with several, the guess would be arbitrary.
        var fromEnglish = Nearest(lower, EnglishLexicon.Words, 1);
        return fromEnglish.Count == 1 ? fromEnglish[0] : null;
    }

    /// <summary>The candidates at the smallest distance from <paramref name="word"/>, if that is within <paramref name="limit"/>.</summary>
    private static List<string> Nearest(string word, IEnumerable<string> candidates, int limit)
    {
        var best = new List<string>();
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (candidate.Length < MinWordLength || Math.Abs(candidate.Length - word.Length) > Math.Min(limit, bestDistance))
            {
                continue;
            }

            // Stops once the distance exceeds the best so far: ties are kept, worse candidates are not computed out.
            var distance = EditDistance.Compute(word, candidate, Math.Min(bestDistance, limit) + 1);
            if (distance > limit || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best.Clear();
            }

            best.Add(candidate);
        }

        return best;
    }

    private static string Stem(string lower) => Stem(new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer(), lower);

    private static string Stem(Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer stemmer, string lower)
    {
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string Lower(string word) => word.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'');

    [GeneratedRegex(@"[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)?")]
    private static partial Regex WordPattern();
}
