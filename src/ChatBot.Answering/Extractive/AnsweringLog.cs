using Microsoft.Extensions.Logging;

namespace ChatBot.Answering.Extractive;

internal static partial class AnsweringLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Extractive answer: answered {Answered}, {CitationCount} citations, evidence {Evidence:F3}, follow-up {IsFollowUp}, {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, bool answered, int citationCount, double evidence, bool isFollowUp, long elapsedMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Question {Question} understood as {StandaloneQuestion}")]
    public static partial void Resolved(ILogger logger, string question, string standaloneQuestion);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Answered the {Command} command with {CitationCount} citations")]
    public static partial void Command(ILogger logger, string command, int citationCount);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Answered a question with {PartCount} parts, {AnsweredCount} of them from the articles")]
    public static partial void MultiPart(ILogger logger, int partCount, int answeredCount);
}
