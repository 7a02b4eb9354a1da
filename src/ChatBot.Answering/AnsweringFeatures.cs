using ChatBot.Answering.Conversation;
using ChatBot.Answering.Extractive;

namespace ChatBot.Answering;

/// <summary>The names of the features <see cref="IAnsweringObserver"/> reports, in vector order.</summary>
public static class AnsweringFeatures
{
    public static IReadOnlyList<string> FollowUp => FollowUpFeatures.Names;

    public static IReadOnlyList<string> Answerability => AnswerabilityFeatures.Names;

    /// <summary>The most articles in view for which the answerability decision uses its every-setting model.</summary>
    public static int FewArticles => AnswerabilityModel.FewArticles;
}
