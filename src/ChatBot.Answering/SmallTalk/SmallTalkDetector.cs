using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.SmallTalk;

/// <summary>
/// Decides, before any retrieval, whether a message is small talk or not in English, so that "hi", "thanks" and
/// "👍" get a friendly reply instead of "The article doesn't say".
/// </summary>
internal sealed class SmallTalkDetector
{
    /// <summary>How like its small-talk examples a message must be (cosine; chosen on held-out examples in IntentClassifierTests).</summary>
    public const double MinSimilarity = 0.45;

    private readonly IntentClassifier _classifier;

    public SmallTalkDetector(IntentClassifier? classifier = null) => _classifier = classifier ?? IntentClassifier.Default;

    /// <returns>The reply to give, or null when the message is a question for the articles.</returns>
    public SmallTalkReply? Recognise(string message, IArticleVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Any(char.IsLetterOrDigit))
        {
            // Only emoji or punctuation ("👍", "!!"): a reaction, never a question.
            return new SmallTalkReply(MessageIntent.Acknowledgement, OtherLanguage: false);
        }

        if (!LanguageGuard.IsEnglish(message, vocabulary))
        {
            return new SmallTalkReply(MessageIntent.Question, OtherLanguage: true);
        }

        // A message that names what the articles talk about ("auricles", "Lavrov") is a question, however it is phrased.
        if (TextTerms.Tokenize(message).Any(t => !TextTerms.IsStopWord(t.Lower) && vocabulary.InArticles(t.Lower) && !_classifier.IsSmallTalkWord(t.Lower)))
        {
            return null;
        }

        var (intent, similarity) = _classifier.Classify(message);
        return intent != MessageIntent.Question && similarity >= MinSimilarity ? new SmallTalkReply(intent, OtherLanguage: false) : null;
    }
}
