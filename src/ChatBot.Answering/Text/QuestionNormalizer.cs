using System.Runtime.CompilerServices;
using System.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// Reads the words of a question that neither the articles nor English contain as the nearest word the articles use
/// ("lavrof" as "Lavrov"), an acronym the articles never write as the name they spell out ("SP" as "Scottish
/// Parliament", <see cref="AcronymReader"/>), and a name they never use as another name of it they do ("America" as
/// "US", <see cref="NameAliases"/>), before retrieval, so a typo or a shortening no longer turns an answerable
/// question into "not covered". A name typed in lower case gets its capital back (<see cref="NameCapitals"/>), without a
/// "Reading … for …" note: the user wrote the name.
/// </summary>
internal sealed class QuestionNormalizer
{
    /// <summary>One vocabulary per loaded set of articles (the knowledge base replaces the list when content changes).</summary>
    private readonly ConditionalWeakTable<IReadOnlyList<Article>, IArticleVocabulary> _vocabularies = [];

    private readonly ConditionalWeakTable<IReadOnlyList<Article>, AcronymReader> _acronyms = [];

    public IArticleVocabulary VocabularyFor(IReadOnlyList<Article> articles) =>
        _vocabularies.GetValue(articles, a => new ArticleVocabulary(a));

    public NormalizedQuestion Normalize(string question, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (articles.Count == 0)
        {
            return new NormalizedQuestion(question, []);
        }

        var vocabulary = VocabularyFor(articles);
        var corrections = new List<SpellingCorrection>();
        var text = new StringBuilder();
        var copied = 0;
        var tokens = TextTerms.Tokenize(question);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = TextTerms.WithoutPossessive(token.Text);
            var reading = ReadAsName(question, tokens, i, word, vocabulary, articles) ?? ReadAsAlias(token, word, vocabulary, exact: true)
                ?? ReadAsSpelt(token, i, word, vocabulary) ?? ReadAsAlias(token, word, vocabulary, exact: false);
            if (reading is null)
            {
                if (NameCapitals.Of(token, word, vocabulary, EnglishWords.Default) is { } name)
                {
                    text.Append(question, copied, token.Start - copied).Append(name);
                    copied = token.Start + word.Length;
                }

                continue;
            }

            // Only the word is replaced: "Kllbrandon's report" becomes "Kilbrandon's report".
            text.Append(question, copied, token.Start - copied).Append(reading.Corrected);
            copied = token.Start + word.Length;
            if (!corrections.Exists(c => c.Original == reading.Original))
            {
                corrections.Add(reading);
            }
        }

        return copied == 0 ? new NormalizedQuestion(question, []) : new NormalizedQuestion(text.Append(question, copied, question.Length - copied).ToString(), corrections);
    }

    /// <summary>
    /// The acronym <paramref name="word"/> (<c>tokens[at]</c> without a possessive "'s") read as the name the articles
    /// spell out, when they never write it themselves; null otherwise, for a question typed in capitals throughout,
    /// and for a known word opening the question ("IN addition to…" is the caps lock, not "Isaac Newton").
    /// </summary>
    private SpellingCorrection? ReadAsName(string question, IReadOnlyList<WordToken> tokens, int at, string word, IArticleVocabulary vocabulary, IReadOnlyList<Article> articles)
    {
        if (!AcronymReader.LooksLikeAcronym(word) || !question.Any(char.IsLower) || (at == 0 && vocabulary.IsKnown(word)))
        {
            return null;
        }

        var otherStems = tokens.Where((t, i) => i != at && !TextTerms.IsStopWord(t.Lower)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        return _acronyms.GetValue(articles, a => new AcronymReader(a)).Expand(word, otherStems) is { } name ? new SpellingCorrection(word, name) : null;
    }

    /// <summary>
    /// The name <paramref name="word"/>, which the articles never use, read as the first of its other names
    /// (<see cref="NameAliases"/>) that they write, each word as spelt there: "America" as "US", "Americans" as "United
    /// States"; null when there is none.
    /// </summary>
    /// <param name="exact">
    /// Whether the name must be WordNet's own; otherwise a name one edit away counts, for a spelling WordNet lacks
    /// ("Kyiv", its "Kyyiv"), asked only when no article word is one edit away (a typo of the articles' own name).
    /// </param>
    private static SpellingCorrection? ReadAsAlias(WordToken token, string word, IArticleVocabulary vocabulary, bool exact)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || TextTerms.IsStopWord(token.Lower) || vocabulary.InArticles(word))
        {
            return null;
        }

        var aliases = exact ? NameAliases.Default.Of(word) : NameAliases.Default.OfNear(word);
        var alias = aliases.FirstOrDefault(a => a.Split(' ').All(vocabulary.WritesAs));
        return alias is null ? null : new SpellingCorrection(word, alias);
    }

    /// <summary>The misspelt <paramref name="word"/> read as the word the articles (or English) spell; null when it is no typo.</summary>
    private static SpellingCorrection? ReadAsSpelt(WordToken token, int at, string word, IArticleVocabulary vocabulary)
    {
        if (TextTerms.IsStopWord(token.Lower) || token.IsNumber || vocabulary.Suggest(word) is not { } corrected)
        {
            return null;
        }

        // A capitalised word inside the question is a name the user means ("Banki"): only another name replaces it.
        return at > 0 && token.IsCapitalized && !char.IsUpper(corrected[0]) ? null : new SpellingCorrection(word, corrected);
    }
}
