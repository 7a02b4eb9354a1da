using ChatBot.Api;
using ChatBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.State;

public static class StateDependencyInjection
{
    /// <summary>Registers the conversation store chosen by <c>State:Provider</c> (Bot Builder <see cref="IStorage"/>:
    /// <see cref="BoundedMemoryStorage"/>, or Redis that degrades to no memory while unreachable), the follow-up memory
    /// of <c>/api/ask</c> (<see cref="AskConversationStore"/>), the feedback store and the <c>state</c> health check.</summary>
    public static IHostApplicationBuilder AddConversationStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<StateOptions>()
            .BindConfiguration(StateOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FeedbackOptions>()
            .BindConfiguration(FeedbackOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StateHealth>();
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<RedisStorage>();

        services.RemoveAll<IStorage>();
        services.AddSingleton<IStorage>(sp => IsRedis(sp)
            ? new ResilientStorage(sp.GetRequiredService<RedisStorage>())
            : CreateMemoryStorage(sp));
        services.RemoveAll<IFeedbackStore>();
        services.AddSingleton<IFeedbackStore>(sp => IsRedis(sp)
            ? ActivatorUtilities.CreateInstance<RedisFeedbackStore>(sp)
            : ActivatorUtilities.CreateInstance<MemoryFeedbackStore>(sp));
        services.TryAddSingleton<ConversationMemoryStore>();
        services.TryAddSingleton<AskConversationStore>();

        // Tagged "ready" so /healthz includes it: 200 "Degraded" while Redis is down (the bot still answers).
        services.AddHealthChecks().AddCheck<StateHealthCheck>(
            StateHealthCheck.Name, failureStatus: HealthStatus.Degraded, tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    private static BoundedMemoryStorage CreateMemoryStorage(IServiceProvider services)
    {
        var state = services.GetRequiredService<IOptions<StateOptions>>().Value;
        // Swept as often as the shortest time-to-live, so /api/ask's hour-long conversations do not linger a day.
        var shortest = state.ChannelTimeToLive.Values.Append(state.TimeToLive).Min();
        return new BoundedMemoryStorage(
            services.GetRequiredService<IOptions<BotOptions>>().Value.MaxStoredConversations,
            shortest,
            state.TimeToLiveFor,
            services.GetRequiredService<TimeProvider>());
    }

    private static bool IsRedis(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StateOptions>>().Value.Provider == StateProvider.Redis;
}
