using System.Text.RegularExpressions;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// What a reply says before its quote: "The article does not say" when the quote is the article saying the fact is
/// not known or not revealed. A "Yes."/"No." read from the quote's negation was tried and measured on the CoQA
/// sample's yes/no turns (right for 0.44 of the 25 it fired on, at full coverage of the question's words): worse than
/// letting the quote speak, so a yes/no question gets its quote alone.
/// </summary>
internal static partial class ReplyVerdict
{
    /// <summary>The sentence says the fact is not known, not given or not revealed.</summary>
    public static bool LeavesOpen(string sentence) => NotDisclosed().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:(?:did|does|do|would|will|could|has|have|had)\s*(?:not|n't)\s+(?:(?:actually|really|yet|publicly|immediately|officially)\s+)?(?:reveal|disclose|say|specify|elaborate|comment|confirm|detail|give\s+details|identify|name)|(?:declined|refused)\s+to\s+(?:reveal|disclose|say|comment|specify|elaborate|confirm|identify|name)|(?:it\s+(?:is|was|remains)\s+)?(?:unclear|not\s+(?:immediately\s+)?(?:clear|known))|(?:remains?|remained)\s+unknown|no\s+details)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDisclosed();
}
