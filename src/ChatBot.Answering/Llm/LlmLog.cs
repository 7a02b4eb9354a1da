using Microsoft.Extensions.Logging;

namespace ChatBot.Answering.Llm;

internal static partial class LlmLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "The {Provider} model failed; answering extractively")]
    public static partial void ModelFailed(ILogger logger, Exception exception, LlmProvider provider);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "The {Provider} model did not answer within {TimeoutSeconds} s; answering extractively")]
    public static partial void ModelTimedOut(ILogger logger, LlmProvider provider, int timeoutSeconds);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "The model found no answer in {PassageCount} passages; answering extractively")]
    public static partial void ModelFoundNothing(ILogger logger, int passageCount);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "No sentence of the model's answer was supported by its passages ({DroppedSentences} dropped); answering extractively")]
    public static partial void NothingSupported(ILogger logger, int droppedSentences);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "No passage was retrieved; answering extractively")]
    public static partial void NoPassages(ILogger logger);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "Citation check kept {Kept} sentences with {Citations} citations, dropped {DroppedSentences} sentences and {DroppedMarkers} markers")]
    public static partial void Checked(ILogger logger, int kept, int citations, int droppedSentences, int droppedMarkers);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Debug, Message = "Follow-up rewritten as {StandaloneQuestion}")]
    public static partial void Rewritten(ILogger logger, string standaloneQuestion);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "The model answered with {Citations} citations in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, int citations, long elapsedMs);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "The model kept calling tools: more than {MaxToolCalls} tool calls for one answer (Llm:MaxToolCalls); answering extractively")]
    public static partial void ToolCallLimitReached(ILogger logger, int maxToolCalls);
}
