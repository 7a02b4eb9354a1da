using ChatBot.Knowledge;

namespace ChatBot.Answering.Commands;

/// <summary>Which article a whole-article request means: one named by title, else the one the conversation was about, else the newest.</summary>
internal static class ArticleChooser
{
    public static Article? Choose(IReadOnlyList<Article> articles, string request, IReadOnlyList<ConversationTurn> history)
    {
        if (articles.Count <= 1)
        {
            return articles.Count == 0 ? null : articles[0];
        }

        var named = articles.FirstOrDefault(a => request.Contains(a.Title, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return named;
        }

        var lastCited = history.Reverse().SelectMany(t => t.Citations).Select(c => c.ArticleId).FirstOrDefault();
        return articles.FirstOrDefault(a => a.Id == lastCited)
            ?? articles.OrderByDescending(a => a.Date ?? DateOnly.MinValue).First();
    }
}
