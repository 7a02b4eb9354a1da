using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ChatBot.Answering;
using ChatBot.Answering.Tests.Llm;
using ChatBot.Api;
using ChatBot.Telemetry;
using ChatBot.Tests.Bot;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// The host turns the LLM answerer on only when a model is configured, streams its checked text to Teams, and a dead
/// model still leaves an answer.
/// </summary>
public sealed partial class LlmWiringTests : IClassFixture<RealPipelineFactory>
{
    // The LLM answerer is internal to Answering; the host sees it only as the IQuestionAnswerer it registered.
    private const string LlmAnswererTypeName = "GroundedLlmQuestionAnswerer";

    private readonly RealPipelineFactory _factory;

    public LlmWiringTests(RealPipelineFactory factory) => _factory = factory;

    [Fact]
    public void Host_WithoutLlmSettings_AnswersExtractivelyAndCreatesNoKernel()
    {
        Assert.NotEqual(LlmAnswererTypeName, _factory.Services.GetRequiredService<IQuestionAnswerer>().Innermost().GetType().Name);
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

        Assert.Equal(LlmAnswererTypeName, withModel.Services.GetRequiredService<IQuestionAnswerer>().Innermost().GetType().Name);
        Assert.True(answer!.Answered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("prolong the conflict", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamsPersonalChat_WithStreamingModel_StreamsCheckedTextThenTheFinalCitedAnswer()
    {
        // A model over the real OpenAI connector that cites whichever numbered passage holds the fact, pausing after
        // each sentence long enough for Teams' one-update-a-second pace to show the text before the last sentence is written.
        await using var model = await FakeOpenAiServer.StartAsync((request, _) =>
            PassageHolding().Match(request.UserMessage) is { Success: true } passage
                ? FakeReply.Answer(
                    $"Lavrov told Blinken that supplying military equipment to Ukraine will prolong the conflict [{passage.Groups[1].Value}]. "
                    + $"He also stressed that Russian troops follow international law [{passage.Groups[1].Value}]. "
                    + $"Both sides spoke about global food security [{passage.Groups[1].Value}].") with { PauseAfterSentence = TimeSpan.FromSeconds(1.3) }
                : FakeReply.Answer("NOT_FOUND"));
        await using var withModel = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Llm:Provider", "OpenAICompatible")
            .UseSetting("Llm:Endpoint", new Uri(model.BaseAddress, "v1").ToString())
            .UseSetting("Llm:Model", "test-model"));
        await using var teams = await FakeConnector.StartAsync();
        var bot = new BotClient(withModel.CreateClient(), "msteams", conversationType: "personal");
        var message = bot.NewMessage("what did Lavrov say about weapons?");
        message.DeliveryMode = DeliveryModes.Normal;
        message.ServiceUrl = teams.BaseAddress.ToString();

        using var response = await bot.PostAsync(message);
        var activities = await teams.WaitForAsync(a => StreamType(a) == "final", TimeSpan.FromMinutes(2));

        var informative = Assert.Single(activities, a => StreamType(a) == "informative");
        var streamed = activities.Where(a => StreamType(a) == "streaming").ToList();
        var final = Assert.Single(activities, a => StreamType(a) == "final");
        Assert.NotEmpty(streamed);
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Contains("prolong the conflict", streamed[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("food security", streamed[0].Text, StringComparison.Ordinal);
        Assert.Contains("prolong the conflict", final.Text, StringComparison.Ordinal);
        Assert.Contains("international law", final.Text, StringComparison.Ordinal);
        Assert.Contains("food security", final.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", final.Text, StringComparison.Ordinal);
        BotMessagesTests.AssertCitationEntity(final, expectedClaims: Regex.Matches(final.Text, @"\[(\d+)\]").Select(m => m.Value).Distinct().Count());
        Assert.True(activities.ToList().IndexOf(informative) < activities.ToList().IndexOf(streamed[0]), "the informative update comes first");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.NotEmpty(model.Requests);
    }

    private static string? StreamType(Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "streaminfo")?.Properties.Value<string>("streamType");

    [GeneratedRegex(@"<passage id=""(\d+)""[^\n]*\n[^\n]*supplying military equipment")]
    private static partial Regex PassageHolding();
}
