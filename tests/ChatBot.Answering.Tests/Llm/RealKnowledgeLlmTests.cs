using System.Text.RegularExpressions;
using ChatBot.Answering.Llm;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>The LLM answerer over the real retriever, embedder and extractive fallback, with the fake model server.</summary>
public sealed partial class RealKnowledgeLlmTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AnswerAsync_WeaponsQuestionOverRealRetriever_CitesTheMilitaryEquipmentSentence()
    {
        // The model cites whichever numbered passage holds the fact, as a good model would.
        await using var server = await FakeOpenAiServer.StartAsync((request, _) =>
        {
            var passage = PassageHolding().Match(request.UserMessage);
            return passage.Success
                ? FakeReply.Answer($"Lavrov told Blinken that supplying military equipment to Ukraine will prolong the conflict and increase the number of victims [{passage.Groups[1].Value}].")
                : FakeReply.Answer("NOT_FOUND");
        });
        await using var host = await RealKnowledgeHost.StartAsync(LlmTestHost.OpenAICompatible(server, timeoutSeconds: 60));
        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
        var article = host.Services.GetRequiredService<IKnowledgeBase>().Articles.Single(a => a.Id.Contains("2022-07-30", StringComparison.Ordinal));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var answer = await answerer.AnswerAsync(new Question("what did Lavrov say about weapons?", []), null, CancellationToken.None);
        var cold = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        await answerer.AnswerAsync(new Question("what did Lavrov say about arms deliveries?", []), null, CancellationToken.None);
        output.WriteLine($"retrieve + check with an instant fake model: first {cold.TotalMilliseconds:0} ms, next {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");

        Assert.IsType<GroundedLlmQuestionAnswerer>(answerer);
        Assert.True(answer.Answered);
        Assert.Equal(
            "Lavrov told Blinken that supplying military equipment to Ukraine will prolong the conflict and increase the number of victims [1].",
            answer.Markdown);
        var citation = Assert.Single(answer.Citations);
        Assert.Contains("supplying military equipment to Ukraine will prolong the conflict", citation.Quote, StringComparison.Ordinal);
        Assert.Equal(citation.Quote, article.Text[citation.Start..citation.End]);
        Assert.NotEmpty(answer.FollowUps);
    }

    [Fact]
    public async Task AnswerAsync_ModelFailsOverRealStack_ReturnsTheRealExtractiveAnswer()
    {
        await using var server = await FakeOpenAiServer.StartAsync(FakeReply.Status(500));
        await using var host = await RealKnowledgeHost.StartAsync(LlmTestHost.OpenAICompatible(server, timeoutSeconds: 60));
        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
        var extractive = host.Services.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive);
        var question = new Question("Who did Blinken want released?", []);

        var answer = await answerer.AnswerAsync(question, null, CancellationToken.None);
        var expected = await extractive.AnswerAsync(question, null, CancellationToken.None);

        Assert.Equal(expected.Markdown, answer.Markdown);
        Assert.Equal(expected.Citations, answer.Citations);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AddLlmAnswering_ProviderNone_LeavesTheExtractiveAnswererAndNoModelClient()
    {
        await using var host = await RealKnowledgeHost.StartAsync(new Dictionary<string, string?> { ["Llm:Provider"] = "None" });

        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();

        Assert.Same(host.Services.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive), answerer);
        Assert.Null(host.Services.GetService<IChatCompletionService>());
        Assert.Null(host.Services.GetService<Microsoft.SemanticKernel.Kernel>());
        var answer = await answerer.AnswerAsync(new Question("Who did Blinken want released?", []), null, CancellationToken.None);
        Assert.True(answer.Answered);
    }

    [GeneratedRegex(@"<passage id=""(\d+)""[^\n]*\n[^\n]*supplying military equipment")]
    private static partial Regex PassageHolding();
}
