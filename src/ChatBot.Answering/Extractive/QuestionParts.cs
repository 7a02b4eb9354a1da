using System.Text.RegularExpressions;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Splits a question with several asks ("Who did Blinken want freed, and what did he threaten Russia with?", "When
/// did the embargo start and when did it end?") into its parts, so each gets its own quote. A part begins where "and"
/// is followed by a question word, or a comma or semicolon by a question word and a verb ("…, and what did he…" but
/// not "…, when prices rose"); every part must read as a question of its own.
/// </summary>
internal static partial class QuestionParts
{
    private const int MaxParts = 3;
    private const int MinWords = 3;

    /// <returns>The parts, each ending in "?"; the question alone when it has one ask.</returns>
    public static IReadOnlyList<string> Split(string question)
    {
        var text = question.Trim();
        if (!StartsAsQuestion().IsMatch(text))
        {
            return [question];
        }

        var parts = Boundary().Split(text)
            .Select(p => p.Trim().TrimEnd('?', '.', '!', ',', ';').Trim())
            .Where(p => p.Length > 0)
            .ToList();
        if (parts.Count < 2 || parts.Count > MaxParts || parts.Any(p => Words().Count(p) < MinWords))
        {
            return [question];
        }

        return parts.Select(p => TextTerms.WithCapital(p) + "?").ToList();
    }

    private const string Auxiliary = @"(?:did|does|do|is|was|were|are|has|have|had|can|could|will|would)\b";
    private const string WhWord = @"(?:who|whom|whose|what|when|where|why|how|which)\b";
    private const string QuestionWord = @"(?:" + WhWord + "|" + Auxiliary + ")";

    [GeneratedRegex(@"^" + QuestionWord, RegexOptions.IgnoreCase)]
    private static partial Regex StartsAsQuestion();

    [GeneratedRegex(@"\s*,?\s+and\s+(?=" + QuestionWord + @")|\s*[,;]\s*(?=" + WhWord + @"(?:\s+\w+)?\s+" + Auxiliary + ")", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
