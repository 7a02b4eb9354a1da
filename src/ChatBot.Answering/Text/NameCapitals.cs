using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// The capitals a user left off a name ("did lavrov agree?", "who is zelensky?"). The answerer knows a name by its
/// capital: it is not matched to close words (a model places any two people close together), it is what the article
/// must hold to answer, and it picks the sentence that says what is not known about someone. A question typed in lower
/// case is read as the same question with its names capitalised, so it is answered as the capitalised one is.
/// </summary>
internal static class NameCapitals
{
    /// <summary>Shorter words are left alone: "eu" or "un" may be the name or a slip.</summary>
    private const int MinLength = 3;

    /// <summary>
    /// How <paramref name="word"/> (<paramref name="token"/> without a possessive) is spelt as a name: as the articles
    /// spell it when they never write it in lower case and WordNet has no such ordinary word ("Lavrov"; "notably", which
    /// opens their sentences, and "kremlin", "turkey" and "nationality", which their names and headings capitalise,
    /// stay words), else, for a word they do not use, as WordNet spells a name it writes only capitalised, or capitalised
    /// when it is no English word (<see cref="EnglishWords.IsName"/>); null when it is not typed in lower case or is no name.
    /// </summary>
    public static string? Of(WordToken token, string word, IArticleVocabulary vocabulary, EnglishWords english)
    {
        if (word.Length < MinLength || !word.All(char.IsLower) || TextTerms.IsStopWord(token.Lower))
        {
            return null;
        }

        if (vocabulary.InArticles(word))
        {
            // "griner" is no comparative of "grin": the article's "Griner" says what it is.
            return english.IsDictionaryWord(word, comparatives: false) ? null : vocabulary.NameSpelling(word);
        }

        return english.IsName(word) ? english.NameSpelling(word) ?? TextTerms.WithCapital(word) : null;
    }
}
