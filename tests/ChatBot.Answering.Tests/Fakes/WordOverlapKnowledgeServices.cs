using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Answering.Tests.Fakes;

internal static class WordOverlapKnowledgeServices
{
    /// <summary>What AddKnowledge registers for answering, over the given articles and without a model.</summary>
    public static IServiceCollection AddWordOverlapKnowledge(this IServiceCollection services, FakeKnowledgeBase knowledgeBase)
    {
        var retriever = new WordOverlapRetriever(knowledgeBase);
        return services.AddSingleton<IKnowledgeBase>(knowledgeBase)
            .AddSingleton<IPassageRetriever>(retriever)
            .AddSingleton<ISentenceSimilarity>(retriever)
            .AddSingleton<IParaphraseSimilarity>(retriever)
            .AddSingleton<IWordSimilarity>(retriever);
    }
}
