using System.Text.RegularExpressions;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>The sample's scoring rule: a quote holds a gold answer when it contains one, case-insensitive, whitespace folded.</summary>
internal static partial class GoldMatch
{
    public static bool Holds(string quote, IEnumerable<string> answers)
    {
        var folded = Fold(quote);
        return answers.Select(Fold).Any(a => a.Length > 0 && folded.Contains(a, StringComparison.OrdinalIgnoreCase));
    }

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
