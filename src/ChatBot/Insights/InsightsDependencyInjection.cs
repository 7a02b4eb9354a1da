using ChatBot.Answering;
using ChatBot.Knowledge;
using ChatBot.State;
using ChatBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Insights;

public static class InsightsDependencyInjection
{
    /// <summary>
    /// Records every answered or declined question (in memory, or in Redis with <c>State:Provider=Redis</c>, as the
    /// feedback is) and serves the insights view. Call it after the answerer and the state store are registered.
    /// </summary>
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<InsightsOptions>()
            .BindConfiguration(InsightsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TurnScope>();
        services.TryAddSingleton<IInsightsStore>(sp =>
            sp.GetRequiredService<IOptions<StateOptions>>().Value.Provider == StateProvider.Redis
                ? ActivatorUtilities.CreateInstance<RedisInsightsStore>(sp)
                : ActivatorUtilities.CreateInstance<MemoryInsightsStore>(sp));
        services.AddSingleton(sp => new QuestionGrouper(sp.GetRequiredService<ITextEmbedder>()));
        services.AddSingleton<InsightsService>();
        services.Decorate<IQuestionAnswerer>((inner, sp) => ActivatorUtilities.CreateInstance<InsightsRecorder>(sp, inner));
        return builder;
    }
}
