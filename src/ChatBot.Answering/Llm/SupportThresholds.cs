namespace ChatBot.Answering.Llm;

/// <summary>
/// Support thresholds calibrated per embedding model (embedding similarities live on different scales: ArcticXs
/// rates unrelated sentences higher than MiniLM does). Measured by SupportThresholdCalibrationTests on 50
/// hand-labelled claims about the seed article and 204 claims built from the SQuAD sample; see docs/llm.md.
/// </summary>
public static class SupportThresholds
{
    /// <summary>For a model not calibrated here: strict, since a kept false sentence costs more than a dropped true one.</summary>
    public const double Uncalibrated = 0.8;

    private static readonly Dictionary<string, double> Calibrated = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all-MiniLM-L6-v2"] = 0.70,
        ["snowflake-arctic-embed-xs"] = 0.80,
    };

    public static double For(string embeddingModel) => Calibrated.GetValueOrDefault(embeddingModel, Uncalibrated);
}
