using System.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.SmallTalk;

/// <summary>A message that is not a question for the articles, and the short friendly reply it gets.</summary>
/// <param name="OtherLanguage">True when the message is not in English (then <paramref name="Intent"/> is a question).</param>
internal sealed record SmallTalkReply(MessageIntent Intent, bool OtherLanguage)
{
    private const int TitlesNamed = 3;

    /// <summary>How many starter questions the reply offers.</summary>
    public int StarterCount => Intent is MessageIntent.Farewell ? 0 : OtherLanguage ? 1 : 3;

    public Answer ToAnswer(string message, IReadOnlyList<Article> articles, IReadOnlyList<string> starters)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(starters);
        var about = About(articles);
        var text = OtherLanguage
            ? $"Sorry, I can only answer in English, about {about}."
              + (starters.Count > 0 ? $" Try asking in English, for example: *{starters[0]}*" : " Please ask your question in English.")
            : Intent switch
            {
                MessageIntent.Greeting => $"Hi! I answer questions about {about}, quoting the text. Ask me anything about it, or try a question below.",
                MessageIntent.Thanks => "You're welcome! Ask me anything else about " + about + ".",
                MessageIntent.Complaint => "Sorry that didn't help. I can only quote what the text says: try asking in other words, or pick a question below.",
                MessageIntent.Capabilities => $"I answer questions about {about} with exact quotes, marked [1], [2], and I tell you when the text has no answer. "
                    + "I can also summarise an article (*summarise the article*) or list who it mentions (*who is mentioned?*). Try a question below.",
                MessageIntent.Farewell => "Bye! Come back any time with more questions.",
                _ => "Glad to help. Anything else you'd like to know about " + about + "?",
            };
        return new Answer(false, text, [], message, StarterCount == 0 ? [] : starters)
        {
            Kind = OtherLanguage ? AnswerKind.OtherLanguage : AnswerKind.SmallTalk,
        };
    }

    private static string About(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0)
        {
            return "the news articles I'm given (none are loaded yet)";
        }

        if (articles.Count == 1)
        {
            return $"the article *{articles[0].Title}*";
        }

        var named = new StringBuilder();
        named.Append(articles.Count).Append(" articles (");
        named.AppendJoin(", ", articles.Take(TitlesNamed).Select(a => "*" + a.Title + "*"));
        named.Append(articles.Count > TitlesNamed ? $" and {articles.Count - TitlesNamed} more)" : ")");
        return named.ToString();
    }
}
