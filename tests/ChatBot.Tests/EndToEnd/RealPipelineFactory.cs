using ChatBot.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd;

/// <summary>The host exactly as <c>dotnet run</c> starts it (real Knowledge and Answering), on the repository's content folder.</summary>
public sealed class RealPipelineFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(timeout.Token);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = Path.Combine(RepositoryRoot.Path, "content"),
            ["Logging:LogLevel:Default"] = "Warning",

            // The load test is one client sending 256 turns at once: it measures the bot, not the per-client limit.
            ["RateLimit:Enabled"] = "false",
        }));
    }
}
