using ChatBot.Answering;
using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Evaluation;

/// <summary>The extractive answerer over a started <see cref="KnowledgeHost"/>'s services, with the options an evaluation sets.</summary>
internal static class ExtractiveAnswerers
{
    public static ExtractiveQuestionAnswerer Create(IServiceProvider services, AnsweringOptions options, IAnsweringObserver? observer = null) => new(
        services.GetRequiredService<IKnowledgeBase>(),
        services.GetRequiredService<IPassageRetriever>(),
        services.GetRequiredService<ISentenceSimilarity>(),
        services.GetRequiredService<IParaphraseSimilarity>(),
        services.GetRequiredService<IWordSimilarity>(),
        Options.Create(options),
        NullLogger<ExtractiveQuestionAnswerer>.Instance,
        observer);
}
