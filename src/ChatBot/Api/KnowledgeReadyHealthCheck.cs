using ChatBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Api;

/// <summary>
/// Healthy once the articles are loaded and indexed, so the bot can answer; unhealthy (503) before. While the content
/// folder cannot be read, Degraded (still 200: the last good index answers) with the reason, or Unhealthy when there
/// is no index to fall back on.
/// </summary>
internal sealed class KnowledgeReadyHealthCheck(IKnowledgeBase knowledge, ContentHealth content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var count = knowledge.Articles.Count;
        if (content.Problem is { } problem)
        {
            var data = new Dictionary<string, object> { ["since"] = problem.Since, ["reason"] = problem.Reason };
            return Task.FromResult(knowledge.IsReady && count > 0
                ? HealthCheckResult.Degraded($"Content folder {problem.Reason}; answering from the last good index ({count} articles).", data: data)
                : HealthCheckResult.Unhealthy($"Content folder {problem.Reason}; no articles to answer from.", data: data));
        }

        return Task.FromResult(knowledge.IsReady
            ? HealthCheckResult.Healthy($"{count} articles loaded")
            : HealthCheckResult.Unhealthy("The articles are still loading"));
    }
}
