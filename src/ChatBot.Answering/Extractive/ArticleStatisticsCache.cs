using System.Runtime.CompilerServices;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Word statistics per loaded article, computed once per <see cref="Article"/> instance; a reloaded article is a new
/// instance, so stale entries simply fall away with the old one. Likewise the stems of a whole set of articles, once
/// per list instance (the knowledge base keeps one list per snapshot).
/// </summary>
internal sealed class ArticleStatisticsCache
{
    /// <summary>
    /// Up to this many articles are asked one by one: a pinned article comes as a new one-article list each turn, and
    /// a set this small costs no more to ask than a shared stem set costs to find.
    /// </summary>
    private const int AskEachUpTo = 16;

    private readonly ConditionalWeakTable<Article, ArticleStatistics> _statistics = [];
    private readonly ConditionalWeakTable<IReadOnlyList<Article>, HashSet<string>> _scopes = [];

    public ArticleStatistics For(Article article) => _statistics.GetValue(article, a => new ArticleStatistics(a));

    /// <summary>
    /// Whether any of <paramref name="articles"/> uses <paramref name="stem"/>. A question's word that no article uses
    /// would otherwise be looked up in every article of the archive, on every answer.
    /// </summary>
    public bool AnyContains(IReadOnlyList<Article> articles, string stem)
    {
        if (articles.Count <= AskEachUpTo)
        {
            foreach (var article in articles)
            {
                if (For(article).Contains(stem))
                {
                    return true;
                }
            }

            return false;
        }

        return _scopes.GetValue(articles, StemsOf).Contains(stem);
    }

    private HashSet<string> StemsOf(IReadOnlyList<Article> articles)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            stems.UnionWith(For(article).Stems);
        }

        return stems;
    }
}
