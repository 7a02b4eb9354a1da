using System.Globalization;
using ChatBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Api;

/// <summary>
/// Unhealthy (503) until the articles are loaded; Degraded (200: the bot answers, from the lexical index and the
/// sentences embedded so far) while embedding goes on, with the progress in the description and data; Healthy once
/// every sentence is embedded. While the content folder cannot be read, Degraded (the last good index answers) with
/// the reason, or Unhealthy when there is no index to fall back on.
/// </summary>
internal sealed class KnowledgeReadyHealthCheck(IKnowledgeBase knowledge, ContentHealth content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = knowledge.Articles.Count;
        if (content.Problem is { } problem)
        {
            var problemData = new Dictionary<string, object> { ["since"] = problem.Since, ["reason"] = problem.Reason };
            return Task.FromResult(knowledge.IsReady && count > 0
                ? HealthCheckResult.Degraded($"Content folder {problem.Reason}; answering from the last good index ({count} articles).", data: problemData)
                : HealthCheckResult.Unhealthy($"Content folder {problem.Reason}; no articles to answer from.", data: problemData));
        }

        if (!knowledge.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The articles are still loading"));
        }

        var progress = knowledge.Progress;
        if (progress.IsComplete)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{count} articles loaded"));
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
