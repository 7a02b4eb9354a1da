using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;
using Lucene.Net.Analysis.Util;

namespace ChatBot.Answering.SmallTalk;

/// <summary>
/// Tells a message written in another language from an English one, by a rule measured on the SQuAD and CoQA
/// English questions and on written samples in 15 languages (tests: LanguageGuardTests). A message is not English
/// when most of its letters are of another script (Cyrillic, Chinese, Arabic …), or when at least two of its words
/// are function words of one other language (Lucene's stop-word lists for it) and they outnumber its English
/// function words and ordinary article words; a word with an accent the articles do not use counts as foreign too.
/// Names count for neither side ("Qui est Antony Blinken ?").
/// </summary>
internal static partial class LanguageGuard
{
    private const int MinForeignWords = 2;

    private static readonly CharArraySet[] s_otherLanguages =
    [
        Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Id.IndonesianAnalyzer.DefaultStopSet,
        Lucene.Net.Analysis.Cz.CzechAnalyzer.DefaultStopSet,
    ];

    private static readonly CharArraySet s_english = Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet;

    public static bool IsEnglish(string message, IArticleVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var letters = message.Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return true;
        }

        if (letters.Count(c => !IsLatin(c)) * 2 > letters.Count)
        {
            return false;
        }

        var words = WordPattern().Matches(message).Select(m => m.Value).ToList();
        var english = 0;
        var accented = 0;
        var foreign = new int[s_otherLanguages.Length];
        foreach (var word in words)
        {
            var lower = word.ToLower(CultureInfo.InvariantCulture);
            if (IsEnglishWord(lower, vocabulary))
            {
                english++;
                continue;
            }

            // English writes no accents; a word with one that the articles do not use ("gagné", "løbet") is foreign.
            accented += lower.Any(c => c > '\u007F') && !vocabulary.InArticles(lower) ? 1 : 0;

            for (var i = 0; i < s_otherLanguages.Length; i++)
            {
                foreign[i] += s_otherLanguages[i].Contains(lower) ? 1 : 0;
            }
        }

        // "¿" and "¡" open questions and exclamations only in Spanish (and its neighbours).
        var inverted = message.Contains('¿', StringComparison.Ordinal) || message.Contains('¡', StringComparison.Ordinal) ? 1 : 0;
        var mostForeign = foreign.Max() + inverted + accented;
        return mostForeign < MinForeignWords || mostForeign <= english;
    }

    /// <remarks>
    /// An article word that is also another language's function word ("la", "de" from names such as "de la Cruz")
    /// is no evidence of English.
    /// </remarks>
    private static bool IsEnglishWord(string lower, IArticleVocabulary vocabulary) =>
        TextTerms.IsStopWord(lower) || s_english.Contains(lower)
        || (vocabulary.IsCommonWord(lower) && !s_otherLanguages.Any(l => l.Contains(lower)));

    /// <summary>Basic Latin, Latin-1, Latin Extended A/B and Latin Extended Additional.</summary>
    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    [GeneratedRegex(@"\p{L}+(?:['\u2019]\p{L}+)?")]
    private static partial Regex WordPattern();
}
