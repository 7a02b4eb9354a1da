using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Llm;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>
/// The answering services as the host wires them (extractive answerer keyed and default, then
/// <see cref="LlmDependencyInjection.AddLlmAnswering"/>), with fakes for Knowledge and the extractive answerer.
/// </summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LlmTestHost(ServiceProvider services, FakeRetriever retriever, FakeExtractiveAnswerer extractive, CapturingLoggerProvider logs)
    {
        _services = services;
        Retriever = retriever;
        Extractive = extractive;
        Logs = logs;
    }

    public IServiceProvider Services => _services;

    public IQuestionAnswerer Answerer => _services.GetRequiredService<IQuestionAnswerer>();

    public FakeRetriever Retriever { get; }

    public FakeExtractiveAnswerer Extractive { get; }

    public CapturingLoggerProvider Logs { get; }

    public static Dictionary<string, string?> OpenAICompatible(FakeOpenAiServer server, int timeoutSeconds = 20) => new()
    {
        ["Llm:Provider"] = "OpenAICompatible",
        ["Llm:Endpoint"] = new Uri(server.BaseAddress, "v1").ToString(),
        ["Llm:Model"] = "fake-model",
        ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // The hashing stand-in for the embedder has no calibrated threshold of its own; use MiniLM's.
        ["Llm:SupportThreshold"] = "0.70",
    };

    public static LlmTestHost Create(
        IDictionary<string, string?> settings,
        Article? article = null,
        FakeRetriever? retriever = null,
        FakeExtractiveAnswerer? extractive = null,
        ITextEmbedder? embedder = null)
    {
        article ??= TestArticles.Seed();
        retriever ??= FakeRetriever.InOrder(article);
        extractive ??= FakeExtractiveAnswerer.Answering();
        var logs = new CapturingLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IPassageRetriever>(retriever);
        services.AddSingleton(embedder ?? new HashingEmbedder());
        services.AddSingleton<IKnowledgeBase>(new FakeKnowledgeBase(article));
        services.AddKeyedSingleton<IQuestionAnswerer>(AnsweringServiceKeys.Extractive, extractive);
        services.AddSingleton(sp => sp.GetRequiredKeyedService<IQuestionAnswerer>(AnsweringServiceKeys.Extractive));
        services.AddLlmAnswering(configuration);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        return new LlmTestHost(provider, retriever, extractive, logs);
    }

    public static Question Ask(string text, params ConversationTurn[] history) => new(text, history);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
