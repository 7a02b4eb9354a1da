using ChatBot.Answering;
using ChatBot.Knowledge;

namespace ChatBot.Hosting;

public static class AnsweringHostingExtensions
{
    /// <summary>Articles in, cited answers out: the Knowledge index (loaded in the background) and the answerer on top of it.</summary>
    public static IHostApplicationBuilder AddArticleAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledge();
        builder.Services.AddAnswering();
        return builder;
    }
}
