using System.Globalization;
using ChatBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Api;

/// <summary>
/// Unhealthy (503) until the articles are loaded; Degraded (200: the bot answers, from the lexical index and the
/// sentences embedded so far) while embedding goes on, with the progress in the description and data; Healthy once
/// every sentence is embedded.
/// </summary>
internal sealed class KnowledgeReadyHealthCheck : IHealthCheck
{
    private readonly IKnowledgeBase _knowledge;

    public KnowledgeReadyHealthCheck(IKnowledgeBase knowledge) => _knowledge = knowledge;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!_knowledge.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The articles are still loading"));
        }

        var progress = _knowledge.Progress;
        if (progress.IsComplete)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{_knowledge.Articles.Count} articles loaded"));
        }

        var data = new Dictionary<string, object>
        {
            ["articles"] = progress.Articles,
            ["articlesEmbedded"] = progress.ArticlesEmbedded,
            ["sentences"] = progress.Sentences,
            ["sentencesEmbedded"] = progress.SentencesEmbedded,
        };
        if (progress.Remaining is { } remaining)
        {
            data["remainingSeconds"] = Math.Round(remaining.TotalSeconds);
        }

        return Task.FromResult(HealthCheckResult.Degraded(
            string.Create(CultureInfo.InvariantCulture,
                $"Answering while indexing: {progress.SentencesEmbedded:N0} of {progress.Sentences:N0} sentences embedded ({progress.Fraction:P0})"),
            data: data));
    }
}
