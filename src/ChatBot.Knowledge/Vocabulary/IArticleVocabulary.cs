namespace ChatBot.Knowledge;

/// <summary>The words of the loaded articles, for reading a question's misspelt words as the articles spell them.</summary>
public interface IArticleVocabulary
{
    /// <summary>True when an article uses the word (any case).</summary>
    bool InArticles(string word);

    /// <summary>True when an article uses the word in lower case, as an ordinary word rather than only as a name.</summary>
    bool IsCommonWord(string word);

    /// <summary>True when the articles write the word most often just so, in this case: "US" where they mean the country, not "us".</summary>
    bool WritesAs(string word);

    /// <summary>How the articles spell the word when they never write it in lower case ("Lavrov" for "lavrov"); null otherwise.</summary>
    string? NameSpelling(string word);

    /// <summary>True when the articles or the English word list hold the word, so it is not a misspelling.</summary>
    bool IsKnown(string word);

    /// <summary>
    /// The word a misspelt <paramref name="word"/> most likely stands for: the nearest article word (spelt as the
    /// article spells it, "Lavrov" for "lavrof"), else the nearest English word; null when none is close enough.
    /// </summary>
    string? Suggest(string word);
}
