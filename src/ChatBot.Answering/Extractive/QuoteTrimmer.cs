using System.Text.RegularExpressions;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Shortens a long sentence to the clauses that answer the question, so a quote stays under the length limit and
/// is still an exact span of the article.
/// </summary>
internal static partial class QuoteTrimmer
{
    /// <summary>
    /// The sentence, or, when it is too long, the run of whole clauses under the limit that keeps most of the question
    /// (<see cref="WindowScore"/>), its words nearest the middle when several keep as much; a run of words only when no
    /// run of clauses keeps as much. The answer lies beside the question's words, before or after them. The first version
    /// grew the quote from the single best clause, so a sentence that names "the United Kingdom" early and "Merthyr Tydfil"
    /// late was quoted from its start, without "south Wales": 10 of the SQuAD tune half's answerable questions lost the
    /// answer to trimming. This one keeps it for 8 of them (tune half 0.8326 → 0.8397; test half 0.8205 → 0.8223).
    /// </summary>
    public static TextSpan Trim(string text, TextSpan sentence, QuestionProfile question, int maxLength)
    {
        var span = TrimWhitespace(text, sentence);
        if (span.Length < maxLength)
        {
            return span;
        }

        var clauses = SplitClauses(text, span);
        var bestClauses = (Span: default(TextSpan), Score: double.NegativeInfinity, Margin: -1);
        for (var first = 0; first < clauses.Count; first++)
        {
            for (var last = first; last < clauses.Count && clauses[last].End - clauses[first].Start < maxLength; last++)
            {
                var range = new TextSpan(clauses[first].Start, clauses[last].End);
                var score = WindowScore(text, range, question);
                var margin = Margin(TextTerms.Tokenize(text, range.Start, range.End), question);
                if (score > bestClauses.Score || (score == bestClauses.Score && (margin > bestClauses.Margin
                    || (margin == bestClauses.Margin && range.Length > bestClauses.Span.Length))))
                {
                    bestClauses = (range, score, margin);
                }
            }
        }

        var words = WordWindow(text, span, question, maxLength);
        return WindowScore(text, words, question) > bestClauses.Score ? words : Tidy(text, bestClauses.Span, span);
    }

    /// <summary>
    /// What a window of the sentence keeps of the answer: the question's distinct words it holds, the rarer in English
    /// the more (a name outweighs "sea"), and whether it holds the kind of answer asked for.
    /// </summary>
    private static double WindowScore(string text, TextSpan window, QuestionProfile question) =>
        Hits(TextTerms.Tokenize(text, window.Start, window.End), question) + AnswerTypeCues.Match(question, text[window.Start..window.End]);

    /// <summary>Whether a bracket opened in <c>text[start..at]</c> is still open: "(pathogens, an allograft)" is one clause.</summary>
    private static bool InsideBrackets(string text, int start, int at)
    {
        var depth = 0;
        for (var i = start; i < at; i++)
        {
            depth += text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' ? -1 : 0;
        }

        return depth > 0;
    }

    private static double Hits(IEnumerable<WordToken> tokens, QuestionProfile question) =>
        tokens.Select(t => t.Stem).Where(question.ContentStems.Contains).Distinct(StringComparer.Ordinal).Sum(stem => 1 + question.EnglishRarity(stem));

    private static List<TextSpan> SplitClauses(string text, TextSpan span)
    {
        var clauses = new List<TextSpan>();
        var start = span.Start;
        foreach (Match separator in ClauseSeparator().Matches(text[span.Start..span.End]))
        {
            var end = span.Start + separator.Index + separator.Length;
            if (end - start > 0 && end < span.End && !InsideBrackets(text, span.Start, span.Start + separator.Index))
            {
                clauses.Add(new TextSpan(start, end));
                start = end;
            }
        }

        clauses.Add(new TextSpan(start, span.End));
        return clauses;
    }

    /// <summary>
    /// The longest run of words under the limit that keeps most of the question (<see cref="WindowScore"/>); of equal
    /// ones, the one with the question's words nearest its middle, so the words around them, where the answer usually
    /// is, come along on both sides.
    /// </summary>
    private static TextSpan WordWindow(string text, TextSpan sentence, QuestionProfile question, int maxLength)
    {
        var tokens = TextTerms.Tokenize(text, sentence.Start, sentence.End);
        if (tokens.Count == 0)
        {
            return new TextSpan(sentence.Start, sentence.Start + maxLength - 1);
        }

        var best = (Span: default(TextSpan), Score: double.NegativeInfinity, Margin: -1);
        var last = 0;
        for (var first = 0; first < tokens.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < tokens.Count && tokens[last + 1].End - tokens[first].Start < maxLength)
            {
                last++;
            }

            var window = new TextSpan(tokens[first].Start, tokens[last].End);
            var score = WindowScore(text, window, question);
            var margin = Margin(tokens.Skip(first).Take(last - first + 1).ToList(), question);
            if (score > best.Score || (score == best.Score && margin > best.Margin))
            {
                best = (window, score, margin);
            }

            if (last == tokens.Count - 1)
            {
                break;
            }
        }

        return best.Span;
    }

    /// <summary>How many words the window keeps on the nearer side of the question's words (0 when it has none).</summary>
    private static int Margin(IReadOnlyList<WordToken> window, QuestionProfile question)
    {
        var hits = Enumerable.Range(0, window.Count).Where(i => question.ContentStems.Contains(window[i].Stem)).ToList();
        return hits.Count == 0 ? 0 : Math.Min(hits[0], window.Count - 1 - hits[^1]);
    }

    /// <summary>Drops the separator a clause ends with, unless the quote ends where the sentence does.</summary>
    private static TextSpan Tidy(string text, TextSpan quote, TextSpan sentence)
    {
        var end = quote.End;
        if (end != sentence.End)
        {
            while (end > quote.Start && (char.IsWhiteSpace(text[end - 1]) || ",;:–—".Contains(text[end - 1], StringComparison.Ordinal)))
            {
                end--;
            }
        }

        return TrimWhitespace(text, new TextSpan(quote.Start, end));
    }

    private static TextSpan TrimWhitespace(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    [GeneratedRegex(@"(?:[,;:]\s+|\s+[–—]\s+)")]
    private static partial Regex ClauseSeparator();
}
