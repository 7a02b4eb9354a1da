using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Evaluation;

/// <summary>Starts the Knowledge services exactly as the bot does, on the given content folder, and times the index build.</summary>
internal sealed class KnowledgeHost : IAsyncDisposable
{
    private readonly IHost _host;

    private KnowledgeHost(IHost host, TimeSpan buildTime)
    {
        _host = host;
        BuildTime = buildTime;
    }

    public TimeSpan BuildTime { get; }

    public IKnowledgeBase KnowledgeBase => _host.Services.GetRequiredService<IKnowledgeBase>();

    public IPassageRetriever Retriever => _host.Services.GetRequiredService<IPassageRetriever>();

    public IServiceProvider Services => _host.Services;

    public static async Task<KnowledgeHost> StartAsync(EvaluationArguments arguments, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ContentOptions.SectionName}:{nameof(ContentOptions.Path)}"] = arguments.ContentPath,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.CacheDirectory)}"] = arguments.CacheDirectory,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.Model)}"] = arguments.Model,
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.Mode)}"] = arguments.Mode,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKnowledge();
        var host = builder.Build();
        var started = TimeProvider.System.GetTimestamp();
        await host.StartAsync(cancellationToken);
        await host.Services.GetRequiredService<IKnowledgeBase>().WaitUntilCompleteAsync(cancellationToken);
        return new KnowledgeHost(host, TimeProvider.System.GetElapsedTime(started));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
