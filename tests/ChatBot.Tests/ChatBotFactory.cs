using ChatBot.Answering;
using ChatBot.Knowledge;
using ChatBot.Tests.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests;

/// <summary>The real host with fakes in place of answering and knowledge, so host behaviour is tested alone.</summary>
public sealed class ChatBotFactory : WebApplicationFactory<Program>
{
    public ChatBotFactory()
        : this(new FakeKnowledgeBase(TestArticles.All))
    {
    }

    internal ChatBotFactory(FakeKnowledgeBase knowledge, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Knowledge = knowledge;
        Answerer = new FakeQuestionAnswerer(knowledge.Articles);
        // Tests send many requests from one client; the rate-limit tests turn the limiter back on.
        var all = new Dictionary<string, string?> { ["RateLimit:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Settings = all;
    }

    public FakeKnowledgeBase Knowledge { get; }

    public FakeQuestionAnswerer Answerer { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>More service replacements, applied after the fakes (e.g. a fake HTTP handler).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    private IReadOnlyDictionary<string, string?> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IKnowledgeBase>(Knowledge);
            services.AddSingleton<IQuestionAnswerer>(Answerer);
            ConfigureServices?.Invoke(services);
        });
    }
}
