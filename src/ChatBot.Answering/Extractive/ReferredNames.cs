using System.Collections.Frozen;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// The names a sentence refers back to, for the answer-or-decline decision. News text names a person once and then
/// writes "he" or "the German": "But the German … blamed Force India backmarker Narain Karthikeyan" answers "Who did
/// Vettel blame?", though only the sentence before it says "Vettel". A sentence whose subject is "he", "she" or "the
/// German" holds the name of the person last named before it (only people: the other names of that sentence,
/// "greetings to Jews in Iran", are not what "he" is); one whose subject is "it" or "they" holds the names of the
/// sentence before. Not in the sentence ranking: there every "He …" sentence about the person rose alike, and CoQA
/// follow-ups with one story fell 0.431 → 0.405 when every name of the sentence before was taken, → 0.414 with
/// people only for "he".
/// </summary>
internal static class ReferredNames
{
    /// <summary>How far into a sentence its subject may start ("But the German", "Instead, he").</summary>
    private const int SubjectWords = 3;

    /// <summary>How many sentences back the person may have been named ("He … . He … ." after the name).</summary>
    private const int SentencesBack = 3;

    private static readonly FrozenSet<string> PersonPronouns =
        new[] { "he", "she", "his", "her" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ThingPronouns =
        new[] { "it", "its", "they", "their" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds to <paramref name="stems"/> the stems of the name the sentence at <paramref name="sentence"/> refers back to.</summary>
    public static void AddTo(HashSet<string> stems, Article article, Paragraph paragraph, TextSpan sentence, ArticleStatistics statistics)
    {
        var reference = ReferenceOf(TextTerms.Tokenize(article.Text, sentence.Start, sentence.End));
        if (reference == Reference.None)
        {
            return;
        }

        foreach (var previous in Before(article, paragraph, sentence).Take(reference == Reference.Person ? SentencesBack : 1))
        {
            var names = TextTerms.Tokenize(article.Text, previous.Start, previous.End)
                .Where((t, i) => t.IsCapitalized && (reference == Reference.Person ? statistics.NamesPerson(t.Stem) : i > 0 && !TextTerms.IsStopWord(t.Lower)))
                .ToList();
            if (names.Count > 0)
            {
                stems.UnionWith(names.Select(t => t.Stem));
                return;
            }
        }
    }

    /// <summary>Adds the person the paragraph's first sentence refers back to: the only one named outside the paragraph.</summary>
    public static void AddTo(HashSet<string> stems, Article article, Paragraph paragraph, ArticleStatistics statistics)
    {
        if (paragraph.Sentences.Count > 0)
        {
            AddTo(stems, article, paragraph, paragraph.Sentences[0], statistics);
        }
    }

    private enum Reference
    {
        None,

        /// <summary>"he", "she", "the German": the person last named.</summary>
        Person,

        /// <summary>"it", "they": the names of the sentence before.</summary>
        Thing,
    }

    /// <summary>
    /// What the sentence's subject refers back to: a pronoun, or "the" and one capitalised word ("the German", not "the
    /// United States"), with no name before it.
    /// </summary>
    private static Reference ReferenceOf(IReadOnlyList<WordToken> tokens)
    {
        for (var i = 0; i < Math.Min(SubjectWords, tokens.Count); i++)
        {
            var token = tokens[i];
            if (PersonPronouns.Contains(token.Lower))
            {
                return Reference.Person;
            }

            if (ThingPronouns.Contains(token.Lower))
            {
                return Reference.Thing;
            }

            if (token.Lower == "the")
            {
                return i + 2 < tokens.Count && tokens[i + 1].IsCapitalized && !tokens[i + 2].IsCapitalized ? Reference.Person : Reference.None;
            }

            if (i > 0 && token.IsCapitalized)
            {
                return Reference.None;
            }
        }

        return Reference.None;
    }

    /// <summary>The sentences before this one, nearest first: the rest of its paragraph, then the paragraphs before.</summary>
    private static IEnumerable<TextSpan> Before(Article article, Paragraph paragraph, TextSpan sentence)
    {
        for (var i = paragraph.Sentences.Count - 1; i >= 0; i--)
        {
            if (paragraph.Sentences[i].Start < sentence.Start)
            {
                yield return paragraph.Sentences[i];
            }
        }

        for (var p = Math.Min(paragraph.Number - 2, article.Paragraphs.Count - 1); p >= 0; p--)
        {
            var sentences = article.Paragraphs[p].Sentences;
            for (var i = sentences.Count - 1; i >= 0; i--)
            {
                yield return sentences[i];
            }
        }
    }
}
