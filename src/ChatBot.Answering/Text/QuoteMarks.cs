using System.Text;

namespace ChatBot.Answering.Text;

/// <summary>
/// Balances double quotation marks in a quote cut out of an article: a quote that starts inside the article's own
/// quotation (its opening mark lies in the sentence before) gets that opening mark back, and one that stops inside it
/// gets a closing mark, so no channel shows a lone <c>"</c>. Straight marks open after a space or at the start.
/// </summary>
public static class QuoteMarks
{
    /// <summary>The quote with the marks it lacks added at its start or end; a balanced quote is returned as it is.</summary>
    public static string Balance(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var open = 0;
        var missingOpeners = 0;
        char? lastOpener = null;
        for (var i = 0; i < quote.Length; i++)
        {
            var c = quote[i];
            var opens = c == '“' || (c == '"' && (i == 0 || char.IsWhiteSpace(quote[i - 1]) || quote[i - 1] is '(' or '[' or '—'));
            var closes = c == '”' || (c == '"' && !opens);
            if (opens)
            {
                open++;
                lastOpener = c;
            }
            else if (closes && open > 0)
            {
                open--;
            }
            else if (closes)
            {
                missingOpeners++;
            }
        }

        if (open == 0 && missingOpeners == 0)
        {
            return quote;
        }

        var balanced = new StringBuilder();
        balanced.Append(quote.Contains('”', StringComparison.Ordinal) ? '“' : '"', missingOpeners).Append(quote);
        return balanced.Append(lastOpener == '“' ? '”' : '"', open).ToString();
    }

    /// <summary>
    /// The quote as the reply shows it: balanced, with an ellipsis where it was cut out of a longer sentence, in
    /// quotation marks unless it starts with the article's own (then it reads as the article's text, marks and all).
    /// </summary>
    public static string Wrap(string quote, bool cutBefore, bool cutAfter)
    {
        var balanced = Balance(quote);
        var before = cutBefore ? "…" : string.Empty;
        var after = cutAfter ? "…" : string.Empty;
        var alreadyQuoted = balanced.StartsWith('"') || balanced.StartsWith('“');
        return alreadyQuoted && !cutBefore ? balanced + after : $"“{before}{balanced}{after}”";
    }
}
