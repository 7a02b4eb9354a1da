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
    public static TextSpan Trim(string text, TextSpan sentence, QuestionProfile question, int maxLength)
    {
        var span = TrimWhitespace(text, sentence);
        if (span.Length < maxLength)
        {
            return span;
        }

        var clauses = SplitClauses(text, span);
        var scores = clauses.Select(c => ClauseScore(text, c, question)).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        if (clauses[best].Length >= maxLength)
        {
            return WordWindow(text, clauses[best], question, maxLength);
        }

        int first = best, last = best;
        while (true)
        {
            var canLeft = first > 0 && clauses[last].End - clauses[first - 1].Start < maxLength;
            var canRight = last < clauses.Count - 1 && clauses[last + 1].End - clauses[first].Start < maxLength;
            if (!canLeft && !canRight)
            {
                break;
            }

            if (canRight && (!canLeft || scores[last + 1] >= scores[first - 1]))
            {
                last++;
            }
            else
            {
                first--;
            }
        }

        return Tidy(text, new TextSpan(clauses[first].Start, clauses[last].End), span);
    }

    private static List<TextSpan> SplitClauses(string text, TextSpan span)
    {
        var clauses = new List<TextSpan>();
        var start = span.Start;
        foreach (Match separator in ClauseSeparator().Matches(text[span.Start..span.End]))
        {
            var end = span.Start + separator.Index + separator.Length;
            if (end - start > 0 && end < span.End)
            {
                clauses.Add(new TextSpan(start, end));
                start = end;
            }
        }

        clauses.Add(new TextSpan(start, span.End));
        return clauses;
    }

    private static double ClauseScore(string text, TextSpan clause, QuestionProfile question)
    {
        var tokens = TextTerms.Tokenize(text, clause.Start, clause.End);
        var hits = tokens.Count(t => question.ContentStems.Contains(t.Stem));
        return hits + AnswerTypeCues.Match(question, text[clause.Start..clause.End]);
    }

    /// <summary>A clause that is itself too long: the run of words around the question's words.</summary>
    private static TextSpan WordWindow(string text, TextSpan clause, QuestionProfile question, int maxLength)
    {
        var tokens = TextTerms.Tokenize(text, clause.Start, clause.End);
        if (tokens.Count == 0)
        {
            return new TextSpan(clause.Start, clause.Start + maxLength - 1);
        }

        var bestStart = 0;
        var bestHits = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var hits = 0;
            for (var j = i; j < tokens.Count && tokens[j].End - tokens[i].Start < maxLength; j++)
            {
                hits += question.ContentStems.Contains(tokens[j].Stem) ? 1 : 0;
            }

            if (hits > bestHits)
            {
                (bestHits, bestStart) = (hits, i);
            }
        }

        var last = bestStart;
        while (last + 1 < tokens.Count && tokens[last + 1].End - tokens[bestStart].Start < maxLength)
        {
            last++;
        }

        return new TextSpan(tokens[bestStart].Start, tokens[last].End);
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
