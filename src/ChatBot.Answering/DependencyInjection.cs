using ChatBot.Answering.Extractive;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Answering;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the extractive answerer under <see cref="AnsweringServiceKeys.Extractive"/> and as the default
    /// <see cref="IQuestionAnswerer"/>. The default is added with TryAdd, so an answerer registered before this call
    /// (the LLM one, when a model is configured) wins; one registered after it overrides it in the usual way.
    /// Loads the answerer's word lists while the host starts. Needs <c>AddKnowledge</c> for <see cref="Knowledge.IKnowledgeBase"/> and <see cref="Knowledge.IPassageRetriever"/>.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<Text.LexiconWarmUp>();
        services.TryAddKeyedSingleton<IQuestionAnswerer, ExtractiveQuestionAnswerer>(AnsweringServiceKeys.Extractive);
        services.TryAddSingleton(sp => sp.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive));
        return services;
    }
}
