using ChatBot.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Api;

/// <summary>Healthy once the articles are loaded and indexed, so the bot can answer; unhealthy (503) before.</summary>
internal sealed class KnowledgeReadyHealthCheck : IHealthCheck
{
    private readonly IKnowledgeBase _knowledge;

    public KnowledgeReadyHealthCheck(IKnowledgeBase knowledge) => _knowledge = knowledge;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_knowledge.IsReady
            ? HealthCheckResult.Healthy($"{_knowledge.Articles.Count} articles loaded")
            : HealthCheckResult.Unhealthy("The articles are still loading"));
}
