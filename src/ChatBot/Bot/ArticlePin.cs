using System.Text.RegularExpressions;
using ChatBot.Knowledge;

namespace ChatBot.Bot;

/// <summary>
/// "ask about &lt;title&gt;" / "pin &lt;title&gt;" narrows a chat to one article; "all articles" / "unpin" widens it
/// again. A title is recognised when the words typed name one article's title better than any other's.
/// </summary>
internal static partial class ArticlePin
{
    /// <returns>The article to pin, <see cref="Unpin"/> to search every article again, or null when the text is a question.</returns>
    public static Article? Parse(string text, IReadOnlyList<Article> articles, out bool unpin)
    {
        var normalized = text.Trim().TrimEnd('.', '!', '?').Trim();
        unpin = UnpinCommand().IsMatch(normalized);
        if (unpin)
        {
            return null;
        }

        var match = PinCommand().Match(normalized);
        return match.Success ? FindByTitle(match.Groups["title"].Value, articles) : null;
    }

    /// <summary>The article whose title holds most of the typed words (at least two thirds of them), when one clearly does.</summary>
    public static Article? FindByTitle(string typed, IReadOnlyList<Article> articles)
    {
        var words = Words(typed);
        if (words.Count == 0)
        {
            return null;
        }

        var scored = articles
            .Select(a => (Article: a, Share: words.Count(Words(a.Title).Contains) / (double)words.Count))
            .OrderByDescending(x => x.Share)
            .ToList();
        var best = scored.FirstOrDefault();
        var runnerUp = scored.Count > 1 ? scored[1].Share : 0;
        return best.Article is not null && best.Share >= 2.0 / 3 && best.Share > runnerUp ? best.Article : null;
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1 && w is not ("the" or "and" or "of")).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:ask(?:ing)?\s+about|pin|questions\s+about|only|switch\s+to)\s+(?:the\s+article\s+)?[""“*]*(?<title>.+?)[""”*]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PinCommand();

    [GeneratedRegex(@"^(?:unpin|all\s+articles|ask\s+about\s+all(?:\s+(?:the\s+)?articles)?|search\s+(?:all|every)\s+articles?)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnpinCommand();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
