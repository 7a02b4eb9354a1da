using System.Diagnostics;

namespace ChatBot.Answering;

/// <summary>
/// The trace source of the answering library. Plain System.Diagnostics, so this project needs no OpenTelemetry
/// package: the host subscribes to <see cref="SourceName"/>; with nobody listening, starting a span costs a null check.
/// </summary>
public static class AnsweringTelemetry
{
    public const string SourceName = "ChatBot.Answering";

    /// <summary>Static on purpose: an ActivitySource is an immutable, process-wide name that listeners subscribe to.</summary>
    internal static ActivitySource Source { get; } = new(SourceName);
}
