using ChatBot.Bot;
using ChatBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

public static class BotHostingExtensions
{
    /// <summary>
    /// The Bot Framework pieces: authentication from the <c>MicrosoftApp*</c> keys, the adapter, the storage and
    /// conversation state (singletons), and the bot (transient, one per turn).
    /// </summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The app registration keys live at the configuration root, where Bot Framework tooling puts them.
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The connector's client (replies to serviceUrl, token keys): a reply to an address that never answers is
        // abandoned after Bot:ReplyTimeoutSeconds instead of holding the request.
        services.AddHttpClient(Options.DefaultName).ConfigureHttpClient((sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<BotOptions>>().Value.ReplyTimeoutSeconds));
        services.TryAddSingleton(TimeProvider.System);

        // ConfigurationBotFrameworkAuthentication reads the same MicrosoftApp* keys, validated above, by design;
        // TokenCheckingAuthentication makes every rejected token a 401.
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => ActivatorUtilities.CreateInstance<TokenCheckingAuthentication>(
            sp, sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()));
        // IStorage by State:Provider (Bot Builder's MemoryStorage bounded to Bot:MaxStoredConversations by default, or Redis),
        // the ETag-checked conversation memories on it, the feedback store and its health check.
        builder.AddConversationStorage();
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddTransient<IBot, ArticleBot>();
        return builder;
    }
}
