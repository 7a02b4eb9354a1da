using ChatBot.Knowledge;

namespace ChatBot.Answering.Conversation;

/// <summary>
/// Where the conversation is: the article and sentence the latest answered turn quoted first, and what that turn
/// asked. A follow-up is searched around it (<see cref="FollowUpFeatures"/>).
/// </summary>
/// <param name="SentenceOrdinal">Position of the quoted sentence among the article's sentences, 0-based.</param>
/// <param name="QuoteEnd">Where that quote ends in the article's text: "tell me more" reads on from there.</param>
internal sealed record ConversationFocus(Article Article, int Paragraph, int SentenceOrdinal, string PreviousQuestion, string PreviousQuote, int QuoteEnd)
{
    /// <summary>The focus of the most recent answered turn still in the history, or null when none cited anything that is still loaded.</summary>
    public static ConversationFocus? From(IReadOnlyList<ConversationTurn> history, IKnowledgeBase knowledgeBase)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var turn = history[i];
            if (!turn.Answered || turn.Citations.Count == 0)
            {
                continue;
            }

            var citation = turn.Citations[0];
            if (knowledgeBase.FindArticle(citation.ArticleId) is not { } article)
            {
                return null;
            }

            var ordinal = SentenceOrdinals.Of(article, citation.Start);
            return ordinal < 0 ? null : new ConversationFocus(article, citation.Paragraph, ordinal, turn.StandaloneQuestion, citation.Quote, citation.End);
        }

        return null;
    }
}
