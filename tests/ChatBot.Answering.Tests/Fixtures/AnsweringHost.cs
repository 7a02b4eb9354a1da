using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>The real knowledge and answering services over a content folder, as the bot wires them.</summary>
public abstract class AnsweringHost : IAsyncLifetime
{
    private IHost? _host;

    public IQuestionAnswerer Answerer => Services.GetRequiredService<IQuestionAnswerer>();

    public IKnowledgeBase KnowledgeBase => Services.GetRequiredService<IKnowledgeBase>();

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Not started.");

    protected abstract string ContentPath();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Content:Path"] = ContentPath();
        builder.Configuration["Knowledge:CacheDirectory"] = RepositoryPaths.EmbeddingCache;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddKnowledge().AddAnswering();
        _host = builder.Build();
        await _host.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await KnowledgeBase.WaitUntilReadyAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        CleanUp();
    }

    /// <summary>Removes what <see cref="ContentPath"/> created, once the host is stopped.</summary>
    protected virtual void CleanUp()
    {
    }

    public Task<Answer> AskAsync(string question, IReadOnlyList<ConversationTurn>? history = null) =>
        Answerer.AnswerAsync(new Question(question, history ?? []), null, CancellationToken.None);
}
