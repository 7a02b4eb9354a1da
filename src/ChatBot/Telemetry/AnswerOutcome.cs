using ChatBot.Answering;

namespace ChatBot.Telemetry;

/// <summary>How a turn ended, for the answers counter and the insights view.</summary>
internal static class AnswerOutcome
{
    public const string Answered = "answered";
    public const string Declined = "declined";

    /// <summary>
    /// A reply that is no answer from the articles and no decline: a greeting, thanks, a reply about the language, a
    /// request for the whole question ("how much?" out of the blue), help.
    /// </summary>
    public const string SmallTalk = "small_talk";

    public static string Of(Answer answer) =>
        answer.Kind is AnswerKind.SmallTalk or AnswerKind.OtherLanguage or AnswerKind.Unclear ? SmallTalk
        : !answer.Answered ? Declined
        : answer.Citations.Count > 0 ? Answered
        : SmallTalk;
}
