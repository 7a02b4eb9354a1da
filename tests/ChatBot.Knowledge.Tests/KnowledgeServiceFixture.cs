using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Knowledge.Tests;

/// <summary>The Knowledge services as the host wires them (AddKnowledge + hosted indexing) over a temporary content folder.</summary>
internal sealed class KnowledgeServiceFixture : IAsyncDisposable
{
    private readonly IHost _host;

    private readonly bool _ownsCache;

    private KnowledgeServiceFixture(IHost host, TemporaryFolder content, TemporaryFolder cache, bool ownsCache)
    {
        _host = host;
        Content = content;
        Cache = cache;
        _ownsCache = ownsCache;
    }

    public TemporaryFolder Content { get; }

    public TemporaryFolder Cache { get; }

    public IServiceProvider Services => _host.Services;

    public IKnowledgeBase KnowledgeBase => _host.Services.GetRequiredService<IKnowledgeBase>();

    public IPassageRetriever Retriever => _host.Services.GetRequiredService<IPassageRetriever>();

    public ISentenceSimilarity Similarity => _host.Services.GetRequiredService<ISentenceSimilarity>();

    public ContentHealth Health => _host.Services.GetRequiredService<ContentHealth>();

    /// <summary>The indexing loop; faulted if an exception escaped it (which stops a real host).</summary>
    public Task IndexingLoop => _host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Single().ExecuteTask!;

    public static Task<KnowledgeServiceFixture> StartAsync(Action<string> writeContent) => StartAsync(writeContent, configure: null);

    /// <param name="configure">Replaces services after <c>AddKnowledge</c> (a fake embedding model, say).</param>
    /// <param name="cache">A cache folder to share with another fixture (kept on dispose); a fresh one by default.</param>
    /// <param name="settings">Configuration on top of the fixture's.</param>
    public static async Task<KnowledgeServiceFixture> StartAsync(
        Action<string> writeContent,
        Action<IServiceCollection>? configure,
        TemporaryFolder? cache = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var content = new TemporaryFolder();
        var ownsCache = cache is null;
        cache ??= new TemporaryFolder();
        writeContent(content.Path);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Path,
            ["Content:PollIntervalSeconds"] = "0.5",
            ["Knowledge:CacheDirectory"] = cache.Path,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddKnowledge();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        return new KnowledgeServiceFixture(host, content, cache, ownsCache);
    }

    /// <summary>Waits (up to a generous limit, not a speed check) until the knowledge base satisfies a condition.</summary>
    public Task<bool> EventuallyAsync(Func<IKnowledgeBase, bool> condition) => Eventually(() => condition(KnowledgeBase));

    /// <inheritdoc cref="EventuallyAsync(Func{IKnowledgeBase, bool})"/>
    public static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        return condition();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Content.Dispose();
        if (_ownsCache)
        {
            Cache.Dispose();
        }
    }
}
