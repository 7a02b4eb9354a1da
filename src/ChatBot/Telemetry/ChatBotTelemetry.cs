using System.Diagnostics;
using ChatBot.Answering;

namespace ChatBot.Telemetry;

/// <summary>The host's trace source and meter names, and the tags every span and instrument shares.</summary>
public static class ChatBotTelemetry
{
    public const string SourceName = "ChatBot";
    public const string MeterName = "ChatBot";

    /// <summary>Every trace source the service emits: the host's and the answering library's (LLM calls).</summary>
    public static IReadOnlyList<string> SourceNames { get; } = [SourceName, AnsweringTelemetry.SourceName];

    public const string ChannelTag = "chatbot.channel";
    public const string OutcomeTag = "chatbot.outcome";
    public const string QuestionTag = "chatbot.question";

    /// <summary>The channel of a turn over <c>/api/ask</c>, which has no Bot Framework channel id.</summary>
    public const string AskChannel = "api";

    /// <summary>Static on purpose: an ActivitySource is an immutable, process-wide name that listeners subscribe to.</summary>
    internal static ActivitySource Source { get; } = new(SourceName);
}
