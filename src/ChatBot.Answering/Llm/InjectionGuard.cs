using System.Text.RegularExpressions;

namespace ChatBot.Answering.Llm;

/// <summary>
/// Spots text that speaks to the model rather than about the news ("ignore previous instructions…").
/// Such sentences in an article are never accepted as support for a claim, so an article cannot make the bot say
/// something merely by telling the model to say it.
/// </summary>
internal static partial class InjectionGuard
{
    public static bool LooksLikeInstruction(string text) => Instruction().IsMatch(text);

    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|rules?|prompts?|guidelines|directions)\b"
        + @"|\b(?:system|developer)\s+(?:prompt|message|instructions?)\b"
        + @"|\byou\s+(?:are\s+now|must\s+now|will\s+now)\b"
        + @"|\b(?:reply|respond|answer|say)\s+(?:only\s+)?(?:with\s+)?(?:exactly|verbatim)\b"
        + @"|[<‹]\s*/?\s*(?:system|assistant|message|passage|instructions?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();
}
