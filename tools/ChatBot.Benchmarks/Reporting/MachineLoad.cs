using System.Globalization;

namespace ChatBot.Benchmarks;

/// <summary>
/// The machine's load average (as <c>uptime</c> prints it) when a measurement was taken: on a shared 2-core
/// machine a number taken at load 6 is not the number the code gives at load 0, and the report says which it was.
/// </summary>
internal sealed record MachineLoad(double OneMinute, double FiveMinutes, double FifteenMinutes, int Cores)
{
    public static MachineLoad Now()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new MachineLoad(Parse(parts[0]), Parse(parts[1]), Parse(parts[2]), Environment.ProcessorCount);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return new MachineLoad(double.NaN, double.NaN, double.NaN, Environment.ProcessorCount);
        }
    }

    /// <summary>
    /// True when other work likely competed for the cores. A measurement keeps the cores busy itself (the host and the
    /// load driver, or the model's two threads: a 1-minute load near the core count), so only a load above 1.5 times
    /// the core count says that something else ran too.
    /// </summary>
    public bool Contended => double.IsNaN(OneMinute) || OneMinute > Cores * 1.5;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"load {OneMinute:0.00}, {FiveMinutes:0.00}, {FifteenMinutes:0.00} on {Cores} cores{(Contended ? " (contended)" : "")}");

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
