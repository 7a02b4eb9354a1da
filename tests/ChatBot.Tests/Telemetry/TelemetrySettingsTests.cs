using System.Diagnostics;
using System.Net.Http.Json;
using ChatBot.Telemetry;
using Microsoft.AspNetCore.Hosting;

namespace ChatBot.Tests.Telemetry;

/// <summary>Spans under settings other than the defaults: user text allowed, an LLM configured.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class TelemetrySettingsTests : IClassFixture<TelemetryFactory>
{
    private const string SeedQuestion = "what did Lavrov say about weapons?";

    private readonly TelemetryFactory _factory;

    public TelemetrySettingsTests(TelemetryFactory factory)
    {
        _factory = factory;
        _factory.Clear();
    }

    [Fact]
    public async Task Spans_WithIncludeUserText_CarryTheQuestion()
    {
        await using var withText = _factory.WithWebHostBuilder(b => b.UseSetting("Telemetry:IncludeUserText", "true"));
        using var client = withText.CreateClient();

        await client.PostAsJsonAsync("/api/ask", new { question = SeedQuestion });

        Assert.Contains(_factory.CompletedSpans(), s => (string?)s.GetTagItem(ChatBotTelemetry.QuestionTag) == SeedQuestion);
    }

    [Fact]
    public async Task LlmCall_WithUnreachableModel_IsAClientSpanMarkedAsError()
    {
        await using var withModel = _factory.WithWebHostBuilder(b => b
            .UseSetting("Llm:Provider", "OpenAICompatible")
            .UseSetting("Llm:Endpoint", "http://127.0.0.1:9/v1")
            .UseSetting("Llm:Model", "test-model")
            .UseSetting("Llm:TimeoutSeconds", "5"));
        using var client = withModel.CreateClient();

        await client.PostAsJsonAsync("/api/ask", new { question = SeedQuestion });

        var calls = _factory.CompletedSpans().Where(s => s.OperationName == "chat test-model").ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, call =>
        {
            Assert.Equal(ActivityKind.Client, call.Kind);
            Assert.Equal(ActivityStatusCode.Error, call.Status);
            Assert.Equal("test-model", call.GetTagItem("gen_ai.request.model"));
        });
    }
}
