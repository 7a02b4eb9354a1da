using System.ComponentModel.DataAnnotations;

namespace ChatBot.Telemetry;

/// <summary>The <c>Telemetry</c> section. The exporter itself is set by the standard <c>OTEL_*</c> settings.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Off by default: spans carry counts and outcomes, never what the user typed. When on, the answer
    /// span gets the question (cut to <see cref="MaxUserTextLength"/>) as <c>chatbot.question</c>.</summary>
    public bool IncludeUserText { get; set; }

    [Range(1, 2000)]
    public int MaxUserTextLength { get; set; } = 200;
}
