using System.Net.Http.Json;
using ChatBot.Answering;
using ChatBot.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The host turns the LLM answerer on only when a model is configured, and a dead model still leaves an answer.</summary>
public sealed class LlmWiringTests : IClassFixture<RealPipelineFactory>
{
    // The LLM answerer is internal to Answering; the host sees it only as the IQuestionAnswerer it registered.
    private const string LlmAnswererTypeName = "GroundedLlmQuestionAnswerer";

    private readonly RealPipelineFactory _factory;

    public LlmWiringTests(RealPipelineFactory factory) => _factory = factory;

    [Fact]
    public void Host_WithoutLlmSettings_AnswersExtractivelyAndCreatesNoKernel()
    {
        Assert.NotEqual(LlmAnswererTypeName, _factory.Services.GetRequiredService<IQuestionAnswerer>().GetType().Name);
        Assert.Null(_factory.Services.GetService<Kernel>());
    }

    [Fact]
    public async Task AskApi_WithUnreachableModel_FallsBackToTheExtractiveCitedAnswer()
    {
        // Port 9 (discard) on loopback refuses connections at once: the model is configured but down.
        await using var withModel = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Llm:Provider", "OpenAICompatible")
            .UseSetting("Llm:Endpoint", "http://127.0.0.1:9/v1")
            .UseSetting("Llm:Model", "test-model")
            .UseSetting("Llm:TimeoutSeconds", "5"));
        var client = withModel.CreateClient();

        var answer = await (await client.PostAsJsonAsync("/api/ask", new { question = "what did Lavrov say about weapons?" })).Content.ReadFromJsonAsync<AskResponse>();

        Assert.Equal(LlmAnswererTypeName, withModel.Services.GetRequiredService<IQuestionAnswerer>().GetType().Name);
        Assert.True(answer!.Answered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("prolong the conflict", StringComparison.Ordinal));
    }
}
