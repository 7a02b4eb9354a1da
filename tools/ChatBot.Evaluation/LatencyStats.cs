namespace ChatBot.Evaluation;

/// <summary>Percentiles of per-query latencies (nearest-rank).</summary>
internal sealed class LatencyStats(IReadOnlyList<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public double Percentile(double p) =>
        _sorted.Length == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public double Mean => _sorted.Length == 0 ? 0 : _sorted.Average();
}
