namespace ChatBot.Knowledge;

/// <summary>
/// Splits a range of text into sentences, returning exact offsets. A period ends a sentence only when
/// whitespace and a capital, digit or opening quote follow, and the word before it is not an initial,
/// a dotted abbreviation ("U.S.") or a known abbreviation ("Feb.", "Dr."); numbers such as 3.5 never split.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "gov", "sen", "rep", "rev", "hon", "pres", "no", "nos", "vs", "approx", "est", "fig", "figs", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "ltd", "co", "corp", "mt", "ft", "ave", "blvd", "dept", "univ", "ca", "cf", "al", "op", "pp", "ed",
    };

    private const string Closers = "\"'”’)]»";
    private const string Openers = "\"'“‘([«";

    public static IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        var sentences = new List<TextSpan>();
        var start = range.Start;
        var end = range.End;
        for (var i = range.Start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '…')
            {
                j++;
            }

            while (j < end && Closers.Contains(text[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j >= end)
            {
                break;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            var lineBreak = false;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                lineBreak |= text[k] == '\n';
                k++;
            }

            if (k >= end)
            {
                break;
            }

            var next = text[k];
            var startsSentence = char.IsUpper(next) || char.IsDigit(next) || Openers.Contains(next, StringComparison.Ordinal);
            if (!lineBreak && (!startsSentence || (c == '.' && j == i + 1 && IsAbbreviation(text, range.Start, i))))
            {
                continue;
            }

            AddTrimmed(text, start, j, sentences);
            start = k;
            i = k - 1;
        }

        AddTrimmed(text, start, end, sentences);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int rangeStart, int period)
    {
        var tokenStart = period;
        while (tokenStart > rangeStart && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var token = text.AsSpan(tokenStart, period - tokenStart).TrimStart(Openers);
        if (token.IsEmpty)
        {
            return false;
        }

        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        if (token.Contains('.') && char.IsLetter(token[^1]))
        {
            return true; // dotted abbreviation: "U.S.", "e.g.", "Ph.D."
        }

        return _abbreviations.Contains(token.ToString());
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
