using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Knowledge;

public static class DependencyInjection
{
    /// <summary>
    /// Registers loading, indexing (a hosted service that indexes <c>Content:Path</c> at start and on every
    /// change) and hybrid retrieval: <see cref="IKnowledgeBase"/>, <see cref="IPassageRetriever"/>,
    /// <see cref="ISentenceSimilarity"/>, <see cref="IParaphraseSimilarity"/>, <see cref="IWordSimilarity"/>,
    /// <see cref="ITextEmbedder"/>.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddSingleton<OnnxTextEmbedder>();
        services.AddSingleton<IEmbeddingModel>(sp => sp.GetRequiredService<OnnxTextEmbedder>());
        services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<IEmbeddingModel>());
        services.AddSingleton<EmbeddingCache>();
        services.AddSingleton<QueryEmbeddingCache>();
        services.AddSingleton<QueryEmbedder>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton<SnapshotBuilder>();
        services.AddSingleton<SnapshotEmbedder>();
        services.AddSingleton<EvidenceCollector>();
        services.AddSingleton<IPassageRetriever, HybridPassageRetriever>();
        services.AddSingleton<IRetrievalFeatureSource, RetrievalFeatureSource>();
        services.AddSingleton<ISentenceSimilarity, SentenceSimilarity>();
        services.AddSingleton<MiniLmModel>();
        services.AddSingleton<IParaphraseSimilarity, ParaphraseSimilarity>();
        services.AddSingleton<IWordSimilarity, WordSimilarity>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ContentHealth>();
        services.AddSingleton<IContentFolder, PhysicalContentFolder>();
        services.AddHostedService<KnowledgeIndexingService>();
        return services;
    }
}
