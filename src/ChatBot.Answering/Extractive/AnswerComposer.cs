using System.Text;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>Writes the reply: the chosen quotes with their [n] markers, or an honest "not in the article".</summary>
internal static class AnswerComposer
{
    /// <param name="nameArticles">Several articles are loaded (even if one is in view): say which one a quote comes from.</param>
    /// <param name="leftOpen">The first quote is the article saying the fact is not known or not revealed (<see cref="ReplyVerdict"/>).</param>
    public static string Answer(bool nameArticles, IReadOnlyList<(Citation Citation, TextSpan Sentence)> quotes, bool leftOpen = false)
    {
        var text = new StringBuilder();
        for (var i = 0; i < quotes.Count; i++)
        {
            var (citation, sentence) = quotes[i];
            var source = nameArticles ? $"*{citation.Title}*" : "The article";
            var sameSource = i > 0 && quotes[i - 1].Citation.ArticleId == citation.ArticleId;
            var first = leftOpen ? $"{source} does not say. It only notes: " : $"{source} says: ";
            text.Append(i == 0 ? first : sameSource ? " It adds: " : $" {source} says: ");
            text.Append(Quoted(citation, sentence)).Append(" [").Append(citation.Id).Append(']');
        }

        return text.ToString();
    }

    public static string NotCovered(IReadOnlyList<Article> loaded)
    {
        if (loaded.Count == 0)
        {
            return "I have no articles loaded yet, so I can't answer that.";
        }

        if (loaded.Count == 1)
        {
            var article = loaded[0];
            var topics = Topics(article);
            var about = topics.Count == 0 ? string.Empty : $" It is about {JoinAsSentence(topics)}.";
            return $"{DoesNotSay(false)} I only know {Commands.ArticleSummarizer.Heading(article)}.{about} Try asking about that, or say \"summary\".";
        }

        const int Shown = 8;
        var titles = loaded.Take(Shown).Select(a => $"*{a.Title}*").ToList();
        var more = loaded.Count > Shown ? $" and {loaded.Count - Shown} more" : string.Empty;
        return $"{DoesNotSay(true)} They cover {string.Join(", ", titles)}{more}.";
    }

    /// <summary>The reply to a message with nothing to search for ("how much?" with no earlier answer): ask for the question.</summary>
    public static string Unclear(string message, int articlesInView, bool suggestionsFollow)
    {
        var about = articlesInView == 1 ? "the article" : "the articles";
        var example = suggestionsFollow ? ", or pick one below" : string.Empty;
        return $"I'm not sure what “{message}” is asking about. Could you ask the whole question about {about}{example}?";
    }

    /// <summary>The short decline: "The article doesn't say." or, with several articles in view, "The articles don't say."</summary>
    public static string DoesNotSay(bool severalArticles) => severalArticles ? "The articles don't say." : "The article doesn't say.";

    /// <summary>The quote in quotation marks, with an ellipsis where it was cut out of a longer sentence.</summary>
    private static string Quoted(Citation citation, TextSpan sentence) =>
        QuoteMarks.Wrap(citation.Quote, citation.Start > sentence.Start, citation.End < sentence.End);

    /// <summary>The names the article mentions most: a one-line idea of what it covers.</summary>
    private static List<string> Topics(Article article) =>
        NameFinder.Find(article.Text, 0, article.Text.Length)
            .Where(m => m.Kind is NameKind.Person or NameKind.Organisation or NameKind.Place)
            .GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Take(5)
            .Select(g => NeedsArticle(g.First()) ? "the " + g.Key : g.Key)
            .ToList();

    /// <summary>"the Kremlin", but "AP" and "Sergey Lavrov".</summary>
    private static bool NeedsArticle(NameMention mention) =>
        mention.Kind == NameKind.Organisation && !mention.Name.Contains(' ', StringComparison.Ordinal) && !mention.Name.All(char.IsUpper);

    private static string JoinAsSentence(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
