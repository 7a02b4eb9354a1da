using ChatBot.Answering;
using ChatBot.Answering.Llm;
using ChatBot.Knowledge;
using ChatBot.Telemetry;

namespace ChatBot.Hosting;

public static class AnsweringHostingExtensions
{
    /// <summary>
    /// Articles in, cited answers out: the Knowledge index (loaded in the background), the extractive answerer, and,
    /// when <c>Llm:Provider</c> names a model, the grounded LLM answerer in front of it. Questions go before background
    /// indexing (<see cref="QuestionFirstAnswerer"/>).
    /// </summary>
    public static IHostApplicationBuilder AddArticleAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledge();
        builder.Services.AddAnswering();
        builder.Services.AddLlmAnswering(builder.Configuration);
        builder.Services.Decorate<IQuestionAnswerer>((inner, sp) => new QuestionFirstAnswerer(inner, sp.GetRequiredService<IKnowledgeBase>()));
        return builder;
    }
}
