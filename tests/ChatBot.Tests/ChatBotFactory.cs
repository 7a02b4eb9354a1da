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
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public FakeKnowledgeBase Knowledge { get; }

    public FakeQuestionAnswerer Answerer { get; }

    public CapturingLoggerProvider Logs { get; } = new();

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
        });
    }
}
