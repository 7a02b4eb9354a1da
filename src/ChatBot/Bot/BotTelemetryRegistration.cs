using ChatBot.State;
using ChatBot.Telemetry;
using Microsoft.Bot.Builder;

namespace ChatBot.Bot;

/// <summary>The Bot Framework side of the telemetry: the turn middleware on the adapter and the traced
/// <see cref="IStorage"/>. Kept here so Bot Framework types stay in the bot's folders (docs/bot-framework.md).</summary>
internal static class BotTelemetryRegistration
{
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services)
    {
        services.AddSingleton<TurnTelemetryMiddleware>();
        services.Decorate<IStorage>((inner, sp) => new TracedStorage(inner, sp.GetRequiredService<ChatBotMetrics>()));
        services.Decorate<AdapterWithErrorHandler>((adapter, sp) =>
        {
            adapter.Use(sp.GetRequiredService<TurnTelemetryMiddleware>());
            return adapter;
        });
        return services;
    }
}
