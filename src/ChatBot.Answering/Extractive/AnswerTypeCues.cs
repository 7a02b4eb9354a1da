using System.Text.RegularExpressions;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Extractive;

/// <summary>Reads the expected answer type from a question and checks whether a sentence holds such a thing.</summary>
internal static partial class AnswerTypeCues
{
    /// <summary>A capitalised word is weaker evidence of a person or place than a year is of a date.</summary>
    private const double NameEvidence = 0.4;

    public static AnswerType Classify(string question)
    {
        var q = question.Trim().ToLowerInvariant();
        if (QuantityQuestion().IsMatch(q))
        {
            return AnswerType.Quantity;
        }

        if (TimeQuestion().IsMatch(q))
        {
            return AnswerType.Time;
        }

        if (PlaceQuestion().IsMatch(q))
        {
            return AnswerType.Place;
        }

        if (PersonQuestion().IsMatch(q))
        {
            return AnswerType.Person;
        }

        return ReasonQuestion().IsMatch(q) ? AnswerType.Reason : AnswerType.Unknown;
    }

    /// <summary>
    /// 1 when the text holds something of the expected type that the question itself does not already say
    /// (a year for "when", a figure for "how many") next to the question's words (less when far from them), less for
    /// a capitalised word not in the question ("who", "where"), else 0.
    /// </summary>
    public static double Match(QuestionProfile question, string text)
    {
        var questionWords = question.Words;
        switch (question.Type)
        {
            case AnswerType.Time:
                return Typed(question, text, TimeExpression().Matches(text));
            case AnswerType.Quantity:
                // "How far …?" is answered by a distance, not by any figure ("as far back as 1609").
                if (question.Measures.Count > 0 && !GivesMeasure(question, text))
                {
                    return 0;
                }

                return Typed(question, text, QuantityExpression().Matches(text));
            case AnswerType.Person:
            case AnswerType.Place:
                var tokens = TextTerms.Tokenize(text);
                for (var i = 1; i < tokens.Count; i++)
                {
                    var token = tokens[i];
                    if (token.IsCapitalized && !TextTerms.IsStopWord(token.Lower) && !questionWords.Contains(token.Lower)
                        && !Months().IsMatch(token.Text))
                    {
                        return NameEvidence;
                    }
                }

                return 0;
            case AnswerType.Reason:
                return ReasonExpression().IsMatch(text) ? 1 : 0;
            default:
                return 0;
        }
    }

    private static bool GivesMeasure(QuestionProfile question, string text)
    {
        var stems = TextTerms.Tokenize(text).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        return question.Measures.Any(measure => MeasureWords.Gives(measure, stems));
    }

    /// <summary>
    /// How many words (stop words not counted) a date or figure may lie from a word of the question to be taken as its
    /// answer. "When did Blinken and Lavrov talk?": "…Lavrov on Friday, 29 July" holds the date beside the question's
    /// words, "…Blinken and Lavrov have spoken ever since Russia launched an offensive in Ukraine on February 24" holds
    /// one that belongs to another clause. Chosen on the SQuAD tune half (windows 2, 3, 4 in words, 2–12 in tokens);
    /// on the held-out halves it moved SQuAD's first citation 0.8143 → 0.8152 and nothing of CoQA's.
    /// </summary>
    private const int AnswerWindow = 4;

    /// <summary>A date or figure away from every word of the question: still of the type asked for, weaker evidence.</summary>
    private const double FarAnswerEvidence = 0.5;

    /// <summary>
    /// 1 when the text holds a match the question does not already say, near a word of the question (or the text
    /// shares no word with it, so nearness cannot be judged); <see cref="FarAnswerEvidence"/> when every such match is
    /// farther; 0 without one.
    /// </summary>
    private static double Typed(QuestionProfile question, string text, MatchCollection matches)
    {
        var answers = matches.Where(m => !question.Words.Contains(m.Value.ToLowerInvariant())).ToList();
        if (answers.Count == 0)
        {
            return 0;
        }

        var words = TextTerms.Tokenize(text).Where(t => !TextTerms.IsStopWord(t.Lower)).ToList();
        var anchors = Enumerable.Range(0, words.Count).Where(i => question.ContentStems.Contains(words[i].Stem)).ToList();
        if (anchors.Count == 0)
        {
            return 1;
        }

        foreach (var answer in answers)
        {
            // The answer's position among the words; an anchor inside the match itself ("1973" in "October 1973") is not near it.
            var at = words.Count(t => t.End <= answer.Index);
            var near = anchors.Any(i => (words[i].Start < answer.Index || words[i].End > answer.Index + answer.Length) && Math.Abs(i - at) <= AnswerWindow);
            if (near)
            {
                return 1;
            }
        }

        return FarAnswerEvidence;
    }

    [GeneratedRegex(@"^(?:(?:and|so|but)\s+)?(?:how\s+(?:many|much|far|old|big|large|high|tall|often)|what\s+(?:percentage|percent|proportion|number|amount|fraction|price|cost|size))\b")]
    private static partial Regex QuantityQuestion();

    [GeneratedRegex(@"(?:^(?:(?:and|so|but)\s+)?when\b|\bwhat\s+(?:year|date|day|month|time|century|decade|period)\b|\bin\s+which\s+(?:year|century|month)\b|\bhow\s+long\s+ago\b)")]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"(?:^(?:(?:and|so|but)\s+)?where\b|\b(?:what|which)\s+(?:country|city|place|region|state|continent|location|town|area)\b)")]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"(?:^(?:(?:and|so|but)\s+)?(?:who|whom|whose)\b|\b(?:what|which)\s+(?:person|people|organi[sz]ation|group|company|team|player|official|minister|scientist|king|president|agency|news\s+agency|newspaper|outlet|body|institution|party|leader|author|writer)\b)")]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"^(?:(?:and|so|but)\s+)?(?:why\b|what\s+(?:caused|causes|led|is\s+the\s+reason|was\s+the\s+reason))")]
    private static partial Regex ReasonQuestion();

    [GeneratedRegex(@"\b(?:1\d{3}|20\d{2}|\d{1,2}(?:st|nd|rd|th)|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|century|centuries|decade|decades|year|years|months|weeks|days|ago|yesterday|today|tomorrow|BC|AD|BCE|CE)\b")]
    private static partial Regex TimeExpression();

    [GeneratedRegex(@"(?:\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|percent|several)\b|%|\$|£|€)", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityExpression();

    [GeneratedRegex(@"\b(?:because|since|due\s+to|as\s+a\s+result|in\s+order\s+to|so\s+that|caused|cause|reason|led\s+to|result(?:ed)?\s+in|owing\s+to|thanks\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonExpression();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")]
    private static partial Regex Months();
}
