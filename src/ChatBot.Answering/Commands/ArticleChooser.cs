using ChatBot.Answering.Text;
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

        var named = articles.FirstOrDefault(a => request.Contains(a.Title, StringComparison.OrdinalIgnoreCase))
            ?? ByTopic(articles, request);
        if (named is not null)
        {
            return named;
        }

        var lastCited = history.Reverse().SelectMany(t => t.Citations).Select(c => c.ArticleId).FirstOrDefault();
        return articles.FirstOrDefault(a => a.Id == lastCited)
            ?? articles.OrderByDescending(a => a.Date ?? DateOnly.MinValue).First();
    }

    /// <summary>"the Formula One story": the one article that uses every topic word of the request, if exactly one does.</summary>
    private static Article? ByTopic(IReadOnlyList<Article> articles, string request)
    {
        var topic = TextTerms.Tokenize(request).Where(t => !TextTerms.IsStopWord(t.Lower) && !RequestWords.Contains(t.Lower)).Select(t => t.Stem).ToList();
        if (topic.Count == 0)
        {
            return null;
        }

        var matching = articles.Where(a => topic.All(TextTerms.ContentStems(a.Text).Contains)).Take(2).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "summarise", "summarize", "summary", "sum", "story", "piece", "text", "news", "gist", "overview", "recap", "give",
        "show", "write", "short", "quick", "brief", "main", "key", "points", "tl", "dr", "tldr", "about", "list", "people",
        "persons", "organisations", "organizations", "names", "involved", "quoted", "mentioned", "mention",
    };
}
