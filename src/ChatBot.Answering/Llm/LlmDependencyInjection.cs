using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Answering.Llm;

public static class LlmDependencyInjection
{
    /// <summary>
    /// Binds and validates the <c>Llm</c> section. With a provider configured, adds a Semantic Kernel <see cref="Kernel"/>
    /// with its chat completion service and makes the grounded LLM answerer the default <see cref="IQuestionAnswerer"/>,
    /// wrapping the extractive one (keyed <see cref="AnsweringServiceKeys.Extractive"/>) as its fallback. With
    /// <see cref="LlmProvider.None"/> nothing else is registered, so no network client exists.
    /// </summary>
    /// <remarks>Call after the extractive answerer and the default <see cref="IQuestionAnswerer"/> are registered.</remarks>
    public static IServiceCollection AddLlmAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var configured = configuration[$"{LlmOptions.SectionName}:{nameof(LlmOptions.Provider)}"];
        var provider = LlmProvider.None;
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse(configured, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Llm:Provider '{configured}' is not one of {string.Join(", ", Enum.GetNames<LlmProvider>())}.");
        }

        if (provider == LlmProvider.None)
        {
            return services;
        }

        services.AddKernel();
        services.AddSingleton<IChatCompletionService>(sp => new TracedChatCompletionService(
            LlmChatCompletion.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value));
        services.AddSingleton<LlmPrompts>();

        // Take the default answerer's place, with its lifetime; the extractive one stays reachable by its key.
        var defaults = services.Where(d => d.ServiceType == typeof(IQuestionAnswerer) && !d.IsKeyedService).ToList();
        var lifetime = defaults.LastOrDefault()?.Lifetime ?? ServiceLifetime.Singleton;
        foreach (var descriptor in defaults)
        {
            services.Remove(descriptor);
        }

        services.Add(new ServiceDescriptor(typeof(IQuestionAnswerer), typeof(GroundedLlmQuestionAnswerer), lifetime));
        return services;
    }
}
