namespace ChatBot.Tests.Telemetry;

/// <summary>
/// Trace sources and meters are process-wide names, so spans and measurements from hosts that other test classes
/// run at the same time would reach these exporters too; this collection runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTestGroup
{
    public const string Name = "Telemetry";
}
