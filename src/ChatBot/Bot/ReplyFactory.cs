using System.Globalization;
using System.Text;
using ChatBot.Answering;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot;

/// <summary>Turns answers and the bot's own words into activities fit for the channel they go to.</summary>
internal static class ReplyFactory
{
    /// <summary>Longest quote shown in a "Sources" footnote.</summary>
    public const int MaxFootnoteQuoteLength = 240;

    public static Activity Answer(Answer answer, string? channelId)
    {
        var text = new StringBuilder(answer.Markdown.TrimEnd());
        if (!ChannelFeatures.RendersCitations(channelId) && answer.Citations.Count > 0)
        {
            text.Append("\n\n**Sources**");
            foreach (var citation in answer.Citations)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\n[{citation.Id}] *{CitationEntity.Name(citation)}*: “{CitationEntity.Truncate(QuoteMarks.Balance(citation.Quote.Trim()), MaxFootnoteQuoteLength)}”");
            }
        }

        var reply = MessageFactory.Text(text.ToString());
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.Entities = [CitationEntity.Create(answer.Citations)];
        if (ChannelFeatures.SupportsFeedback(channelId))
        {
            reply.ChannelData = new JObject(new JProperty("feedbackLoopEnabled", true));
        }

        return reply;
    }

    public static Activity Welcome(IReadOnlyList<Article> articles, IndexingProgress progress)
    {
        var text = new StringBuilder("Hi! I answer questions about the news articles I have read, and I quote the passages my answers come from.");
        if (articles.Count == 0)
        {
            text.Append("\n\nI have no articles loaded yet.");
        }
        else
        {
            text.Append(articles.Count > ArticleListing.Shown
                ? string.Create(CultureInfo.InvariantCulture, $"\n\nI know {articles.Count:N0} articles; the newest:\n")
                : "\n\nWhat I know:\n");
            ArticleListing.AppendNewest(text, articles);
            if (ArticleListing.Reading(progress) is { } reading)
            {
                text.Append("\n\n").Append(reading);
            }
        }

        text.Append("\n\nAsk me anything about them, try a question below, or type **help**.");
        return MarkdownMessage(text.ToString());
    }

    /// <summary>The message that carries suggested questions where they cannot ride on the reply itself.</summary>
    public static Activity SuggestionsMessage(IReadOnlyList<string> questions, bool afterAnswer)
    {
        var message = MarkdownMessage(afterAnswer ? "You could also ask:" : "Try one of these:");
        message.SuggestedActions = SuggestedQuestions(questions);
        return message;
    }

    public static Activity Help(IReadOnlyList<Article> articles, int maxQuestionLength) => MarkdownMessage(HelpText(articles, maxQuestionLength));

    public static Activity Reset() => MarkdownMessage(ResetText);

    /// <summary>The reply to <c>reset</c>, in chat and over <c>/api/ask</c>.</summary>
    public const string ResetText = "Done: I have forgotten this conversation. Your next question starts afresh.";

    /// <summary>The reply to <c>help</c>, in chat and over <c>/api/ask</c>.</summary>
    public static string HelpText(IReadOnlyList<Article> articles, int maxQuestionLength)
    {
        var text = new StringBuilder("I answer questions about "
            + (articles.Count == 1 ? $"the article **{articles[0].Title}**" : string.Create(CultureInfo.InvariantCulture, $"{articles.Count:N0} news articles"))
            + " with exact quotes from the text, marked [1], [2]. When the article does not say, I tell you so.");
        if (articles.Count > 1)
        {
            text.Append(articles.Count > ArticleListing.Shown ? "\n\nThe newest:\n" : "\n\nThey are:\n");
            ArticleListing.AppendNewest(text, articles);
        }

        text.Append("\n\nYou can ask follow-up questions such as *and what did he say next?* — I remember the last few turns.")
            .Append("\n\n- **help** shows this message")
            .Append("\n- **list** shows the articles I have read, page by page");
        if (articles.Count > 1)
        {
            text.Append("\n- **ask about** *title* keeps this conversation to one article; **all articles** searches them all again");
        }

        text.Append("\n- **reset** makes me forget this conversation (and which article it was about)")
            .Append(CultureInfo.InvariantCulture, $"\n\nQuestions can be up to {maxQuestionLength:N0} characters long.");
        return text.ToString();
    }

    public static Activity ArticleList(IReadOnlyList<Article> articles, int page) => MarkdownMessage(ArticleListing.Page(articles, page));

    public static Activity Pinned(Article article) => MarkdownMessage(
        $"From now on I answer from **{article.Title}** only. Say **all articles** to search every article again, or **reset** to start over.");

    public static Activity Unpinned(int articleCount) => MarkdownMessage(string.Create(
        CultureInfo.InvariantCulture, $"I'm searching all {articleCount:N0} articles again."));

    public static Activity NothingToRead(bool hadAttachments) => MarkdownMessage(hadAttachments
        ? "I can only read text, not attachments. Please type your question about the articles."
        : "I didn't catch a question there. Type a question about the articles, or **help** to see what I can do.");

    public static Activity TooLong(int length, int maxQuestionLength) => MarkdownMessage(string.Create(
        CultureInfo.InvariantCulture,
        $"That message is {length:N0} characters long; I can take questions of up to {maxQuestionLength:N0}. Please ask a shorter question."));

    public static Activity NotReady() =>
        MarkdownMessage("I'm still reading the articles. Please ask again in a minute.");

    public static Activity Apology() =>
        MarkdownMessage("Sorry, something went wrong on my side and I couldn't answer that. I've cleared this conversation; please ask again.");

    private static Activity MarkdownMessage(string text)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        return reply;
    }

    public static SuggestedActions SuggestedQuestions(IEnumerable<string> questions) => new()
    {
        Actions = questions
            .Select(q => new CardAction(ActionTypes.ImBack, title: CitationEntity.Truncate(q, 60), value: q, text: q))
            .ToList(),
    };

}
