using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Commands;

/// <summary>
/// "Tell me more", "go on", "what else?": the story read on from where the last answer's first quote stopped
/// (<see cref="Conversation.ConversationFocus.QuoteEnd"/>: "tell me about the uprising" reads on about the uprising, not
/// after a second quote from elsewhere), one or more whole sentences of the same paragraph (as many as fit in one
/// quote) that no earlier turn quoted. Searching for the previous question again only repeats the quote the user has
/// just read.
/// </summary>
internal static class ReadOn
{
    /// <summary>
    /// The sentences after <paramref name="end"/> that the conversation has not quoted, as one quote, with the sentence
    /// it was cut from when the first is longer than a quote may be; null at the end of the article.
    /// </summary>
    public static (Paragraph Paragraph, TextSpan Quote, TextSpan Sentences)? Next(
        Article article, int end, IReadOnlyList<ConversationTurn> history, QuestionProfile topic, int maxQuoteLength)
    {
        var quoted = history.SelectMany(t => t.Citations).Where(c => c.ArticleId == article.Id).Select(c => new TextSpan(c.Start, c.End)).ToList();
        bool Unquoted(TextSpan s) => !quoted.Any(q => q.Start < s.End && s.Start < q.End);
        foreach (var paragraph in article.Paragraphs)
        {
            var sentences = paragraph.Sentences;
            var first = Enumerable.Range(0, sentences.Count).FirstOrDefault(i => sentences[i].Start >= end && Unquoted(sentences[i]), -1);
            if (first < 0)
            {
                continue;
            }

            var last = first;
            while (last + 1 < sentences.Count && Unquoted(sentences[last + 1]) && sentences[last + 1].End - sentences[first].Start <= maxQuoteLength)
            {
                last++;
            }

            var span = new TextSpan(sentences[first].Start, sentences[last].End);
            return (paragraph, span.End - span.Start <= maxQuoteLength ? span : QuoteTrimmer.Trim(article.Text, span, topic, maxQuoteLength), span);
        }

        return null;
    }

    /// <summary>The reply: what the article goes on to say, or that it ends there.</summary>
    public static (string Markdown, IReadOnlyList<Citation> Citations) Reply(Article article, (Paragraph Paragraph, TextSpan Quote, TextSpan Sentences)? next, bool nameArticle)
    {
        var source = nameArticle ? $"*{article.Title}*" : "The article";
        if (next is not { } found)
        {
            return ($"That is where {(nameArticle ? source : "the article")} ends: there is nothing more after what I quoted.", []);
        }

        var citations = new CitationList();
        var id = citations.Add(article, found.Paragraph, found.Quote, 1.0);
        var quote = Text.QuoteMarks.Wrap(article.Slice(found.Quote), found.Quote.Start > found.Sentences.Start, found.Quote.End < found.Sentences.End);
        return ($"{source} goes on: {quote} [{id}]", citations.Items);
    }
}
