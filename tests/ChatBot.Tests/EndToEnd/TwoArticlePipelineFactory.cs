using ChatBot.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// The real host on two articles: the seed article and the SQuAD sample's Warsaw article (CC BY-SA 4.0, see
/// tests/fixtures/squad-dev-sample/README.md), copied into a folder of its own, so a conversation can be scoped to one.
/// </summary>
public sealed class TwoArticlePipelineFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SeedId = "article-2022-07-30";
    public const string WarsawId = "warsaw";

    private readonly string _content = Directory.CreateTempSubdirectory("chatbot-two-articles-").FullName;

    public TwoArticlePipelineFactory()
    {
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", SeedId + ".txt"), Path.Combine(_content, SeedId + ".txt"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "squad-dev-sample", WarsawId + ".txt"), Path.Combine(_content, WarsawId + ".txt"));
    }

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(timeout.Token);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Directory.Delete(_content, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = _content,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }
}
