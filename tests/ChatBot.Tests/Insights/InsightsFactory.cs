using ChatBot.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Insights;

/// <summary>The host as <c>dotnet run</c> starts it (real answering on content/) with an admin key set.</summary>
public sealed class InsightsFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "insights-test-admin-key";

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
            ["Feedback:AdminKey"] = AdminKey,
            // The scripted session sends 50 questions from one client, more than the per-client limit allows.
            ["RateLimit:Enabled"] = "false",
        }));
    }
}
