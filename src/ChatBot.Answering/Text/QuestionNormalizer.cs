using System.Runtime.CompilerServices;
using System.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// Reads the words of a question that neither the articles nor English contain as the nearest word the articles use
/// ("lavrof" as "Lavrov"), and an acronym the articles never write as the name they spell out ("SP" as "Scottish
/// Parliament", <see cref="AcronymReader"/>), before retrieval, so a typo or a shortening no longer turns an answerable
/// question into "not covered".
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
            if (ReadAsName(question, tokens, i, vocabulary, articles) is { } acronym)
            {
                text.Append(question, copied, token.Start - copied).Append(acronym.Corrected);
                copied = token.Start + acronym.Original.Length;
                if (!corrections.Exists(c => c.Original == acronym.Original))
                {
                    corrections.Add(acronym);
                }

                continue;
            }

            if (TextTerms.IsStopWord(token.Lower) || token.IsNumber || vocabulary.Suggest(token.Text) is not { } corrected)
            {
                continue;
            }

            // A capitalised word inside the question is a name the user means ("Banki"): only another name replaces it.
            if (i > 0 && token.IsCapitalized && !char.IsUpper(corrected[0]))
            {
                continue;
            }

            text.Append(question, copied, token.Start - copied).Append(corrected);
            copied = token.End;
            if (!corrections.Exists(c => c.Original == token.Text))
            {
                corrections.Add(new SpellingCorrection(token.Text, corrected));
            }
        }

        return corrections.Count == 0 ? new NormalizedQuestion(question, []) : new NormalizedQuestion(text.Append(question, copied, question.Length - copied).ToString(), corrections);
    }

    /// <summary>
    /// The acronym <c>tokens[at]</c> (without a possessive "'s") read as the name the articles spell out, when they
    /// never write it themselves; null otherwise, and for a question typed in capitals throughout.
    /// </summary>
    private SpellingCorrection? ReadAsName(string question, IReadOnlyList<WordToken> tokens, int at, IArticleVocabulary vocabulary, IReadOnlyList<Article> articles)
    {
        var text = tokens[at].Text;
        var word = text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal) ? text[..^2] : text;
        if (!AcronymReader.LooksLikeAcronym(word) || vocabulary.InArticles(word) || !question.Any(char.IsLower))
        {
            return null;
        }

        var otherStems = tokens.Where((t, i) => i != at && !TextTerms.IsStopWord(t.Lower)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        return _acronyms.GetValue(articles, a => new AcronymReader(a)).Expand(word, otherStems) is { } name ? new SpellingCorrection(word, name) : null;
    }
}
