using ChatBot.Knowledge;

namespace ChatBot.Answering;

/// <summary>
/// Sees the features behind the answerer's learned decisions, question by question, so the evaluation tool can fit
/// them on labelled data. Not needed to answer: the bot registers none.
/// </summary>
public interface IAnsweringObserver
{
    /// <summary>A follow-up's candidate sentences with their <c>FollowUpFeatures</c>, before ranking.</summary>
    void FollowUpCandidates(Question question, IReadOnlyList<(string ArticleId, TextSpan Sentence, double[] Features)> candidates) { }

    /// <summary>The features the answerability decision was taken on, and the sentence it would quote.</summary>
    void Answerability(Question question, double[] features, string? articleId, TextSpan? sentence) { }
}
