using System.Diagnostics;
using System.Net.Http.Json;
using ChatBot.Hosting;
using ChatBot.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json.Linq;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace ChatBot.Tests.Telemetry;

/// <summary>A turn over /api/messages and one over /api/ask leave the spans and metrics an operator reads.</summary>
/// <remarks>No test here starts a second host from this factory: a disposed sibling host stops this one's meters
/// from reporting (they share the process-wide meter name), so the settings variants live in <see cref="TelemetrySettingsTests"/>.</remarks>
[Collection(TelemetryTestGroup.Name)]
public sealed class TelemetryTests : IClassFixture<TelemetryFactory>
{
    private const string SeedQuestion = "what did Lavrov say about weapons?";
    private const string OffTopicQuestion = "what is the recipe for banana bread?";

    private readonly TelemetryFactory _factory;

    public TelemetryTests(TelemetryFactory factory)
    {
        _factory = factory;
        _factory.Clear();
    }

    [Fact]
    public async Task TeamsTurn_WithAnsweredQuestion_RecordsTurnAnswerRetrievalAndStateSpansInOneTrace()
    {
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");

        await bot.SayAsync(SeedQuestion);

        var spans = _factory.CompletedSpans();
        var turn = Assert.Single(spans, s => s.OperationName == "chatbot.turn");
        Assert.Equal("msteams", turn.GetTagItem(ChatBotTelemetry.ChannelTag));
        Assert.Equal("message", turn.GetTagItem("chatbot.activity_type"));
        var answer = Assert.Single(spans, s => s.OperationName == "chatbot.answer");
        Assert.Equal(AnswerOutcome.Answered, answer.GetTagItem(ChatBotTelemetry.OutcomeTag));
        Assert.True((int)answer.GetTagItem("chatbot.citations")! > 0);
        Assert.Equal(turn.SpanId, answer.ParentSpanId);
        Assert.Contains(spans, s => s.OperationName == "chatbot.retrieve" && s.TraceId == turn.TraceId);
        Assert.Contains(spans, s => s.OperationName == "chatbot.state.read" && s.TraceId == turn.TraceId);
        Assert.Contains(spans, s => s.OperationName == "chatbot.state.write" && s.TraceId == turn.TraceId);
    }

    [Fact]
    public async Task AskApi_WithAnsweredQuestion_RecordsTurnOnTheApiChannelAndItsMetrics()
    {
        using var client = _factory.CreateClient();

        await client.PostAsJsonAsync("/api/ask", new { question = SeedQuestion });

        var spans = _factory.CompletedSpans();
        var turn = Assert.Single(spans, s => s.OperationName == "chatbot.turn");
        Assert.Equal(ChatBotTelemetry.AskChannel, turn.GetTagItem(ChatBotTelemetry.ChannelTag));
        Assert.Contains(spans, s => s.OperationName == "chatbot.answer" && s.ParentSpanId == turn.SpanId);
        Assert.Contains(spans, s => s.OperationName == "chatbot.state.write" && s.TraceId == turn.TraceId);
        var metrics = _factory.CollectMetrics();
        Assert.True(Sum(metrics, "chatbot.turns", ChatBotTelemetry.ChannelTag, ChatBotTelemetry.AskChannel) >= 1);
        Assert.True(HistogramCount(metrics, "chatbot.turn.duration") >= 1);
        Assert.True(HistogramCount(metrics, "chatbot.answer.citations") >= 1);
        Assert.True(HistogramCount(metrics, "chatbot.retrieval.duration") >= 1);
        Assert.True(HistogramCount(metrics, "chatbot.state.duration") >= 1);
    }

    [Fact]
    public async Task Answers_AnsweredAndDeclined_AreCountedByOutcome()
    {
        var before = _factory.CollectMetrics();
        using var client = _factory.CreateClient();

        await client.PostAsJsonAsync("/api/ask", new { question = SeedQuestion });
        await client.PostAsJsonAsync("/api/ask", new { question = OffTopicQuestion });

        var after = _factory.CollectMetrics();
        Assert.Equal(1, Delta(before, after, "chatbot.answers", ChatBotTelemetry.OutcomeTag, AnswerOutcome.Answered));
        Assert.Equal(1, Delta(before, after, "chatbot.answers", ChatBotTelemetry.OutcomeTag, AnswerOutcome.Declined));
    }

    [Fact]
    public async Task Answers_ThanksAndABareHowMuch_AreCountedAsSmallTalkNotDeclines()
    {
        var before = _factory.CollectMetrics();
        using var client = _factory.CreateClient();

        await client.PostAsJsonAsync("/api/ask", new { question = "thanks!" });
        await client.PostAsJsonAsync("/api/ask", new { question = "how much?" });

        var after = _factory.CollectMetrics();
        Assert.Equal(2, Delta(before, after, "chatbot.answers", ChatBotTelemetry.OutcomeTag, AnswerOutcome.SmallTalk));
        Assert.Equal(0, Delta(before, after, "chatbot.answers", ChatBotTelemetry.OutcomeTag, AnswerOutcome.Declined));
    }

    [Fact]
    public async Task TeamsFeedbackInvoke_Dislike_IsCountedByReaction()
    {
        var before = _factory.CollectMetrics();
        var bot = new BotClient(_factory.CreateClient(), "msteams", conversationType: "personal");
        var invoke = bot.NewMessage(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = "reply-1";
        invoke.Value = JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"\"}"}}""");
        invoke.DeliveryMode = null;

        using var response = await bot.PostAsync(invoke);

        response.EnsureSuccessStatusCode();
        var after = _factory.CollectMetrics();
        Assert.Equal(1, Delta(before, after, "chatbot.feedback", "chatbot.reaction", "dislike"));
        Assert.Contains(_factory.CompletedSpans(), s => s.OperationName == "chatbot.turn" && (string?)s.GetTagItem("chatbot.activity_type") == "invoke");
    }

    [Fact]
    public void Gauges_AfterIndexing_ReportIndexSizeReadinessAndHealthyState()
    {
        var metrics = _factory.CollectMetrics();

        Assert.Equal(1, Gauge(metrics, "chatbot.index.articles"));
        Assert.True(Gauge(metrics, "chatbot.index.paragraphs") > 1);
        Assert.Equal(1, Gauge(metrics, "chatbot.index.ready"));
        Assert.Equal(0, Gauge(metrics, "chatbot.state.degraded"));
    }

    [Fact]
    public async Task Spans_ByDefault_CarryNoUserText()
    {
        var bot = new BotClient(_factory.CreateClient(), "emulator");

        await bot.SayAsync(SeedQuestion);

        var values = _factory.CompletedSpans().SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? "");
        Assert.DoesNotContain(values, v => v.Contains("Lavrov", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(_factory.CompletedSpans());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("http://collector:4317", true)]
    public void OtlpExporter_IsOnOnlyWithAnEndpoint(string? endpoint, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint })
            .Build();

        Assert.Equal(expected, TelemetryHostingExtensions.IsOtlpConfigured(configuration));
    }

    private static IEnumerable<MetricPoint> Points(IReadOnlyList<MetricSnapshot> metrics, string name) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints);

    private static bool HasTag(MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && (string?)tag.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    private static long Sum(IReadOnlyList<MetricSnapshot> metrics, string name, string key, string value) =>
        Points(metrics, name).Where(p => HasTag(p, key, value)).Sum(p => p.GetSumLong());

    private static long Delta(IReadOnlyList<MetricSnapshot> before, IReadOnlyList<MetricSnapshot> after, string name, string key, string value) =>
        Sum(after, name, key, value) - Sum(before, name, key, value);

    private static long HistogramCount(IReadOnlyList<MetricSnapshot> metrics, string name) =>
        Points(metrics, name).Sum(p => p.GetHistogramCount());

    private static long Gauge(IReadOnlyList<MetricSnapshot> metrics, string name) =>
        Points(metrics, name).Select(p => p.GetGaugeLastValueLong()).LastOrDefault(-1);
}
