using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Knowledge;

/// <summary>
/// Turns one file's text into an <see cref="Article"/>: metadata from a front-matter block or a leading
/// <c>date YYYY-MM-DD</c> prefix, a title line (else the first section heading, else the file name), headings attached to the paragraphs
/// below them, and paragraphs split into sentences with offsets into <see cref="Article.Text"/>.
/// </summary>
internal static partial class ArticleParser
{
    private const int MaxTitleLength = 200;
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 14;
    private static readonly char[] ClosingQuotes = ['"', '”', '\'', '’', '»'];

    public static Article Parse(string id, string content, bool isMarkdown)
    {
        var text = content.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        string? title = null;
        string? source = null;
        DateOnly? date = null;
        var bodyStart = 0;

        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            bodyStart = ParseFrontMatter(text, ref title, ref date, ref source);
        }
        else if (DatePrefix().Match(text) is { Success: true } match)
        {
            date = ParseDate(match.Groups["date"].Value);
            bodyStart = match.Length;
        }

        var body = text[bodyStart..];
        var blocks = SplitBlocks(body);
        var paragraphs = new List<Paragraph>();
        string? heading = null;
        string? firstHeading = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var blockText = body[block.Start..block.End];
            var singleLine = !blockText.Contains('\n', StringComparison.Ordinal);
            var markdownHeading = isMarkdown && singleLine && blockText.StartsWith('#');
            if (b == 0 && title is null && singleLine && blocks.Count > 1 && (markdownHeading || LooksLikeTitle(blockText)))
            {
                title = blockText.TrimStart('#', ' ');
                continue;
            }

            if (markdownHeading || (singleLine && b + 1 < blocks.Count && LooksLikeHeading(blockText)))
            {
                heading = blockText.TrimStart('#', ' ');
                firstHeading ??= heading;
                continue;
            }

            paragraphs.Add(new Paragraph(id, paragraphs.Count + 1, block, heading, SentenceSplitter.Split(body, block)));
        }

        if (paragraphs.Count == 0)
        {
            throw new ArticleFormatException("The article has no paragraphs.");
        }

        // A news item pasted without a title line (like the seed article) reads better under its first section heading
        // than under a file name such as "article-2022-07-30".
        var shownTitle = !string.IsNullOrWhiteSpace(title) ? title
            : !string.IsNullOrWhiteSpace(firstHeading) ? firstHeading
            : TitleFromId(id);
        return new Article(id, shownTitle, date, source, body, paragraphs);
    }

    private static int ParseFrontMatter(string text, ref string? title, ref DateOnly? date, ref string? source)
    {
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0 || (close + 4 < text.Length && text[close + 4] != '\n'))
        {
            throw new ArticleFormatException("The front matter block is not closed by a '---' line.");
        }

        foreach (var line in text[4..close].Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ArticleFormatException($"Front matter line '{line}' is not 'key: value'.");
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().Trim('"', '\'');
            switch (key)
            {
                case "title":
                    title = value;
                    break;
                case "date":
                    date = ParseDate(value);
                    break;
                case "source":
                    source = value;
                    break;
                default:
                    break; // other keys (tags, author) are allowed and ignored
            }
        }

        return Math.Min(text.Length, close + 5);
    }

    private static DateOnly ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArticleFormatException($"'{value}' is not a date in the form YYYY-MM-DD.");

    /// <summary>Blocks of text separated by blank lines, trimmed, as spans into <paramref name="body"/>.</summary>
    private static List<TextSpan> SplitBlocks(string body)
    {
        var blocks = new List<TextSpan>();
        var position = 0;
        foreach (Match separator in BlankLines().Matches(body))
        {
            AddTrimmed(body, position, separator.Index, blocks);
            position = separator.Index + separator.Length;
        }

        AddTrimmed(body, position, body.Length, blocks);
        return blocks;
    }

    private static void AddTrimmed(string body, int start, int end, List<TextSpan> blocks)
    {
        while (start < end && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            blocks.Add(new TextSpan(start, end));
        }
    }

    /// <remarks>
    /// A headline may end in a question mark, an exclamation mark or a closing quote ("Blair 'will not quit'",
    /// "Is the boom over?"), so those do not disqualify the first line as they disqualify a section heading; a full
    /// stop or a clause mark (before any closing quotes: <c>he said "no."</c>) still marks a sentence.
    /// </remarks>
    private static bool LooksLikeTitle(string line) =>
        line.Length <= MaxTitleLength && line.TrimEnd().TrimEnd(ClosingQuotes) is { Length: > 0 } bare && bare[^1] is not ('.' or ',' or ';' or ':');

    private static bool LooksLikeHeading(string line) =>
        line.Length <= MaxHeadingLength
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords
        && !EndsLikeSentence(line);

    private static bool EndsLikeSentence(string line) => line.TrimEnd()[^1] is '.' or '!' or '?' or ',' or ';' or ':' or '"' or '”' or '\'' or '’';

    private static string TitleFromId(string id)
    {
        var words = id.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"\A\s*date\s+(?<date>\d{4}-\d{2}-\d{2})[ \t]*\n?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"\n[ \t]*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
