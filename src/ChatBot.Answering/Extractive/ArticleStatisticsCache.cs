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
    private readonly ConditionalWeakTable<IReadOnlyList<Article>, ScopeStems> _scopes = [];

    public ArticleStatistics For(Article article) => _statistics.GetValue(article, a => new ArticleStatistics(a));

    /// <summary>
    /// Whether any of <paramref name="articles"/> uses <paramref name="stem"/>. A question's word that no article uses
    /// would otherwise be looked up in every article of the archive, on every answer. The set of a large list's stems
    /// is built in the background on first use (it reads every article: seconds on a cold start, while the sentences
    /// are still being embedded), and the articles are asked one by one until it is ready.
    /// </summary>
    public bool AnyContains(IReadOnlyList<Article> articles, string stem)
    {
        if (articles.Count > AskEachUpTo && _scopes.GetValue(articles, StartStems).Stems is { } stems)
        {
            return stems.Contains(stem);
        }

        foreach (var article in articles)
        {
            if (For(article).Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    private ScopeStems StartStems(IReadOnlyList<Article> articles)
    {
        var scope = new ScopeStems();
        _ = Task.Run(() =>
        {
            var stems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                stems.UnionWith(For(article).Stems);
            }

            scope.Stems = stems;
        });
        return scope;
    }

    /// <summary>The stems of one list of articles, once built (null until then).</summary>
    private sealed class ScopeStems
    {
        private volatile HashSet<string>? _stems;

        public HashSet<string>? Stems
        {
            get => _stems;
            set => _stems = value;
        }
    }
}
