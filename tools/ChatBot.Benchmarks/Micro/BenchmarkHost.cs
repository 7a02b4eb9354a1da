using System.Globalization;
using ChatBot.Answering;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Benchmarks;

/// <summary>
/// Knowledge and Answering wired exactly as the bot wires them (<c>AddKnowledge</c>, <c>AddAnswering</c>), in this
/// process, on one of the <see cref="BenchmarkCorpus"/> folders; started and ready (index built) when returned.
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkHost(IHost host) => _host = host;

    public ITextEmbedder Embedder => _host.Services.GetRequiredService<ITextEmbedder>();

    public IPassageRetriever Retriever => _host.Services.GetRequiredService<IPassageRetriever>();

    public ISentenceSimilarity Similarity => _host.Services.GetRequiredService<ISentenceSimilarity>();

    public IQuestionAnswerer Answerer => _host.Services.GetRequiredService<IQuestionAnswerer>();

    public IKnowledgeBase KnowledgeBase => _host.Services.GetRequiredService<IKnowledgeBase>();

    /// <param name="queryCacheSize">Question embeddings kept in memory; 0 embeds every question afresh.</param>
    public static async Task<BenchmarkHost> StartAsync(string corpus, int queryCacheSize, CancellationToken cancellationToken) =>
        await StartAsync(await BenchmarkCorpus.ContentPathAsync(corpus, cancellationToken), BenchmarkCorpus.CacheDirectory(corpus), queryCacheSize, cancellationToken);

    /// <param name="queryCacheSize">Question embeddings kept in memory; 0 embeds every question afresh.</param>
    /// <param name="settings">More configuration keys (<c>Knowledge:QuantizeAbove</c>, say).</param>
    public static async Task<BenchmarkHost> StartAsync(
        string contentPath, string cacheDirectory, int queryCacheSize, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ContentOptions.SectionName}:{nameof(ContentOptions.Path)}"] = contentPath,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.CacheDirectory)}"] = cacheDirectory,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.QueryCacheSize)}"] = queryCacheSize.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKnowledge();
        builder.Services.AddAnswering();
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var benchmarkHost = new BenchmarkHost(host);
        await benchmarkHost.KnowledgeBase.WaitUntilCompleteAsync(cancellationToken);
        return benchmarkHost;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
