using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Knowledge;

/// <summary>
/// <see cref="IArticleVocabulary"/> over a set of articles: every word they use, with how often and how they spell
/// it, and the nearest-word search (Damerau–Levenshtein distance, one edit for short words, two from eight letters).
/// </summary>
public sealed partial class ArticleVocabulary : IArticleVocabulary
{
    /// <summary>Shorter words are left alone: at three letters almost every edit makes another word.</summary>
    public const int MinWordLength = 4;

    private const int LongWordLength = 8;

    /// <summary>Lower-case word → (how the articles spell it most often, how often it occurs).</summary>
    private readonly Dictionary<string, (string Spelling, int Count)> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);

    public ArticleVocabulary(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (Match match in WordPattern().Matches(article.Text))
            {
                var lower = Lower(match.Value);
                if (lower == match.Value)
                {
                    _common.Add(lower);
                }

                var forms = spellings.TryGetValue(lower, out var f) ? f : spellings[lower] = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[match.Value] = forms.GetValueOrDefault(match.Value) + 1;
            }
        }

        foreach (var (lower, forms) in spellings)
        {
            _words[lower] = (forms.MaxBy(f => f.Value).Key, forms.Values.Sum());
        }
    }

    public bool InArticles(string word) => _words.ContainsKey(Lower(word));

    public bool IsCommonWord(string word) => _common.Contains(Lower(word));

    public bool IsKnown(string word)
    {
        var lower = Lower(word);
        return _words.ContainsKey(lower) || EnglishLexicon.Words.Contains(lower) || BaseForms(lower).Any(b => _words.ContainsKey(b) || EnglishLexicon.Words.Contains(b));
    }

    public string? Suggest(string word)
    {
        var lower = Lower(word);
        if (lower.Length < MinWordLength || !lower.All(char.IsLetter) || IsKnown(lower))
        {
            return null;
        }

        var limit = lower.Length >= LongWordLength ? 2 : 1;
        var fromArticles = Nearest(lower, _words.Keys, limit);
        if (fromArticles.Count > 0)
        {
            return fromArticles.Select(w => _words[w]).MaxBy(w => w.Count).Spelling;
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

    /// <summary>The word without a plural or verb ending, so "annexations" is known when "annexation" is.</summary>
    private static IEnumerable<string> BaseForms(string lower)
    {
        foreach (var ending in new[] { "s", "es", "ed", "d", "ing", "ly", "'s" })
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return lower[..^ending.Length];
            }
        }
    }

    private static string Lower(string word) => word.ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'');

    [GeneratedRegex(@"\p{L}+(?:['\u2019]\p{L}+)?")]
    private static partial Regex WordPattern();
}
