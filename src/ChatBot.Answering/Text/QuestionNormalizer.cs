using System.Runtime.CompilerServices;
using System.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Text;

/// <summary>
/// Reads the words of a question that neither the articles nor English contain as the nearest word the articles use
/// ("lavrof" as "Lavrov"), before retrieval, so a typo no longer turns an answerable question into "not covered".
/// </summary>
internal sealed class QuestionNormalizer
{
    /// <summary>One vocabulary per loaded set of articles (the knowledge base replaces the list when content changes).</summary>
    private readonly ConditionalWeakTable<IReadOnlyList<Article>, IArticleVocabulary> _vocabularies = [];

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
}
