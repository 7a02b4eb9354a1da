using ChatBot.Answering.Llm;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>
/// The real Knowledge (loading, BM25 + MiniLM retrieval) and the real extractive answerer over the repository's
/// content folder, registered the way the host does, with <see cref="LlmDependencyInjection.AddLlmAnswering"/> on top.
/// </summary>
internal sealed class RealKnowledgeHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];
    private readonly string _cacheDirectory;

    private RealKnowledgeHost(ServiceProvider services, string cacheDirectory)
    {
        _services = services;
        _cacheDirectory = cacheDirectory;
    }

    public IServiceProvider Services => _services;

    public static async Task<RealKnowledgeHost> StartAsync(IDictionary<string, string?> llmSettings)
    {
        var cacheDirectory = Path.Combine(Path.GetTempPath(), "chatbot-llm-tests-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>(llmSettings)
        {
            ["Content:Path"] = Path.Combine(RepositoryRoot.Path, "content"),
            ["Knowledge:CacheDirectory"] = cacheDirectory,
        };

        // The real embedder brings its own calibrated support threshold.
        settings.Remove("Llm:SupportThreshold");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddKnowledge();
        services.AddAnswering();
        services.AddLlmAnswering(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var host = new RealKnowledgeHost(provider, cacheDirectory);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            host._started.Add(hosted);
        }

        using var ready = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await provider.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(ready.Token);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }
}
