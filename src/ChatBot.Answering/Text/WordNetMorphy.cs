namespace ChatBot.Answering.Text;

/// <summary>WordNet's detachment rules (its "morphy"): the base forms an inflected word may have ("freed" → "free", "fre").</summary>
internal static class WordNetMorphy
{
    /// <summary>An inflected ending and what the base form ends with instead.</summary>
    private static readonly (string Ending, string Base)[] s_endings =
    [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];

    /// <summary>Every form <paramref name="lower"/> (a lower-case word) may be inflected from by a regular ending.</summary>
    /// <param name="comparatives">
    /// Whether to take off an adjective's "-er" and "-est" too; without a part of speech that also reads a name
    /// ("griner") as a noun's or verb's comparative ("grin").
    /// </param>
    public static IEnumerable<string> BaseForms(string lower, bool comparatives = true)
    {
        foreach (var (ending, baseEnding) in s_endings)
        {
            if (!comparatives && ending is "er" or "est")
            {
                continue;
            }

            if (lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return lower[..^ending.Length] + baseEnding;
            }
        }
    }
}
