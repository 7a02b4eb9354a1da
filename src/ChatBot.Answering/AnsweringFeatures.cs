using ChatBot.Answering.Conversation;
using ChatBot.Answering.Extractive;

namespace ChatBot.Answering;

/// <summary>The names of the features <see cref="IAnsweringObserver"/> reports, in vector order.</summary>
public static class AnsweringFeatures
{
    public static IReadOnlyList<string> FollowUp => FollowUpFeatures.Names;

    public static IReadOnlyList<string> Answerability => AnswerabilityFeatures.Names;
}
