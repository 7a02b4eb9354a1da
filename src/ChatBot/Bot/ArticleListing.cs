using System.Globalization;
using System.Text;
using ChatBot.Knowledge;

namespace ChatBot.Bot;

/// <summary>
/// The article titles the bot shows, bounded whatever the size of the archive (a Teams message has a size limit, and
/// nobody reads 2,000 titles): the newest few in the welcome and help, and pages of them for <c>list</c>.
/// </summary>
internal static class ArticleListing
{
    /// <summary>Titles in the welcome and in help.</summary>
    public const int Shown = 5;

    /// <summary>Titles per page of <c>list</c>.</summary>
    public const int PageSize = 20;

    /// <summary>Newest first (by date; undated ones after, in file order).</summary>
    public static IReadOnlyList<Article> Newest(IReadOnlyList<Article> articles) =>
        articles.Select((article, index) => (article, index))
            .OrderByDescending(a => a.article.Date ?? DateOnly.MinValue)
            .ThenBy(a => a.index)
            .Select(a => a.article)
            .ToList();

    /// <summary>The newest <see cref="Shown"/> titles as a Markdown list, and how many more there are.</summary>
    public static void AppendNewest(StringBuilder text, IReadOnlyList<Article> articles)
    {
        var newest = Newest(articles);
        foreach (var article in newest.Take(Shown))
        {
            AppendItem(text, article);
        }

        if (newest.Count > Shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n…and {newest.Count - Shown:N0} more: ask about any of them, or say **list** to see them page by page.");
        }
    }

    /// <summary>One page (1-based) of titles, newest first, with how to see the next.</summary>
    public static string Page(IReadOnlyList<Article> articles, int page)
    {
        if (articles.Count == 0)
        {
            return "I have no articles loaded yet.";
        }

        var pages = (articles.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pages);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"The articles I have read, newest first ({articles.Count:N0}; page {page} of {pages}):\n"));
        foreach (var article in Newest(articles).Skip((page - 1) * PageSize).Take(PageSize))
        {
            AppendItem(text, article);
        }

        if (page < pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\nSay **list {page + 1}** for the next page.");
        }

        return text.ToString();
    }

    /// <summary>"list", "list 3", "/list 3": the page asked for, else null.</summary>
    public static int? ParseListCommand(string text)
    {
        var words = text.TrimStart('/').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || !words[0].Equals("list", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (words.Length == 1)
        {
            return 1;
        }

        return int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : null;
    }

    /// <summary>"Still reading" with how far, or null once every article is fully indexed.</summary>
    public static string? Reading(IndexingProgress progress)
    {
        if (progress.IsComplete)
        {
            return null;
        }

        var remaining = progress.Remaining is { } left
            ? left.TotalMinutes >= 1.5 ? $", about {Math.Round(left.TotalMinutes):0} minutes to go" : ", about a minute to go"
            : "";
        var read = string.Create(CultureInfo.InvariantCulture,
            $"I'm still reading: {progress.ArticlesEmbedded:N0} of {progress.Articles:N0} articles read closely so far ({progress.Fraction:P0}{remaining}).");
        return read + " You can ask already; my answers get sharper as I read on.";
    }

    private static void AppendItem(StringBuilder text, Article article) =>
        text.Append(CultureInfo.InvariantCulture, $"\n- **{article.Title}**{FormatDate(article.Date)}");

    private static string FormatDate(DateOnly? date) =>
        date is { } d ? " (" + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ")" : "";
}
