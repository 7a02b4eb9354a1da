using System.Runtime.CompilerServices;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Word statistics per loaded article, computed once per <see cref="Article"/> instance; a reloaded article is a new
/// instance, so stale entries simply fall away with the old one.
/// </summary>
internal sealed class ArticleStatisticsCache
{
    private readonly ConditionalWeakTable<Article, ArticleStatistics> _statistics = [];

    public ArticleStatistics For(Article article) => _statistics.GetValue(article, a => new ArticleStatistics(a));
}
