using System.ComponentModel.DataAnnotations;

namespace ChatBot.Insights;

/// <summary>The <c>Insights</c> section: how long the record of questions is kept, and how declined ones are grouped.</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>Events older than this are dropped (both providers) and left out of <c>/api/insights</c>.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The newest events kept, whatever their age.</summary>
    [Range(1, 1_000_000)]
    public int MaxEvents { get; set; } = 100_000;

    /// <summary>Cosine similarity of two declined questions' embeddings at or above which they count as the same
    /// question. Fitted by <c>tools/ChatBot.Evaluation group-questions</c> on written paraphrase groups (see README).</summary>
    [Range(0.5, 1.0)]
    public double GroupSimilarity { get; set; } = 0.89;
}
