using System.Text.RegularExpressions;

namespace ChatBot.Terminal;

/// <summary>
/// The bot's Markdown as a terminal shows it: no <c>**</c>, <c>*</c>, <c>`</c> or <c>#</c> marks, links as
/// "text (address)". List dashes, line breaks and [n] markers stay, as they read well as plain text.
/// </summary>
public static partial class PlainText
{
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = Link().Replace(markdown, "$1 ($2)");
        text = Heading().Replace(text, "");
        text = Bold().Replace(text, "$1");
        text = Italic().Replace(text, "$1");
        return Code().Replace(text, "$1");
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}[ \t]+", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex Bold();

    /// <remarks>Only a star that opens a word and one that closes it, so "5 * 3" keeps its star.</remarks>
    [GeneratedRegex(@"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex Code();
}
