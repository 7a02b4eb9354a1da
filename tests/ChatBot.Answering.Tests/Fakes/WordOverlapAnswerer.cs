using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Tests.Fakes;

/// <summary>The extractive answerer over a knowledge base, with <see cref="WordOverlapRetriever"/> for retrieval and both similarities.</summary>
public static class WordOverlapAnswerer
{
    public static ExtractiveQuestionAnswerer Over(IKnowledgeBase knowledgeBase, AnsweringOptions? options = null)
    {
        var retriever = new WordOverlapRetriever(knowledgeBase);
        return new ExtractiveQuestionAnswerer(knowledgeBase, retriever, retriever, retriever, retriever, Options.Create(options ?? new AnsweringOptions()), NullLogger<ExtractiveQuestionAnswerer>.Instance);
    }
}
