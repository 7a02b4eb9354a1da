using ChatBot.Answering;

namespace ChatBot.Telemetry;

/// <summary>How a turn ended, for the answers counter and the insights view.</summary>
internal static class AnswerOutcome
{
    public const string Answered = "answered";
    public const string Declined = "declined";

    /// <summary>A reply the answerer gave without citing an article: a greeting, thanks, help in other words.</summary>
    public const string SmallTalk = "small_talk";

    public static string Of(Answer answer) =>
        !answer.Answered ? Declined
        : answer.Citations.Count > 0 ? Answered
        : SmallTalk;
}
