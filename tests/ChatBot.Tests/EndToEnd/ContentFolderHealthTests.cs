using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.Knowledge;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.EndToEnd;

/// <summary>
/// The real service over a content folder that disappears: it keeps answering from the last good index, says why on
/// <c>/healthz</c>, and indexes again by itself when the folder is back. (Tests run as root, for whom no folder is
/// unreadable, so the folder is deleted or replaced by a file; ChatBot.Knowledge.Tests fail the listing itself.)
/// </summary>
public sealed class ContentFolderHealthTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "chatbot-content-tests", Guid.NewGuid().ToString("N"));

    public ContentFolderHealthTests() => WriteSeedArticle();

    public void Dispose()
    {
        if (File.Exists(_content))
        {
            File.Delete(_content);
        }
        else if (Directory.Exists(_content))
        {
            Directory.Delete(_content, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ContentFolderGone_LastGoodIndexAnswersHealthzDegradedThenRecovers(bool replacedByAFile)
    {
        await using var factory = new ContentFactory(_content);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            await factory.Services.GetRequiredService<IKnowledgeBase>().WaitUntilReadyAsync(timeout.Token);
        }

        var client = factory.CreateClient();

        Directory.Delete(_content, recursive: true);
        if (replacedByAFile)
        {
            await File.WriteAllTextAsync(_content, "not a folder");
        }

        // The loop may see the folder gone before the file takes its place: wait for the reason this case is about.
        var degraded = await PollHealthAsync(client, "Degraded", replacedByAFile ? "is a file" : "does not exist");
        var articles = await client.GetFromJsonAsync<JsonArray>("/api/articles");
        using var answer = await client.PostAsJsonAsync("/api/ask", new { question = "what did Lavrov say about weapons?" });
        var answered = await answer.Content.ReadFromJsonAsync<JsonObject>();
        if (replacedByAFile)
        {
            File.Delete(_content);
        }

        WriteSeedArticle();
        var recovered = await PollHealthAsync(client, "Healthy");

        Assert.NotNull(degraded);
        Assert.Contains(replacedByAFile ? "is a file" : "does not exist", degraded.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(articles!);
        Assert.True((bool)answered!["answered"]!);
        Assert.NotNull(recovered);
    }

    private void WriteSeedArticle()
    {
        Directory.CreateDirectory(_content);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "article-2022-07-30.txt"), Path.Combine(_content, "article-2022-07-30.txt"), overwrite: true);
    }

    /// <summary>Polls <c>/healthz</c> (with a generous limit: not a speed check) until it reports <paramref name="status"/>.</summary>
    private static async Task<JsonObject?> PollHealthAsync(HttpClient client, string status, string? reason = null)
    {
        for (var i = 0; i < 600; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (body.StartsWith('{') && JsonNode.Parse(body) is JsonObject report && (string?)report["status"] == status
                && (reason is null || body.Contains(reason, StringComparison.Ordinal)))
            {
                return report;
            }

            await Task.Delay(100);
        }

        return null;
    }

    private sealed class ContentFactory(string content) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Content:Path"] = content,
                ["Content:PollIntervalSeconds"] = "0.5",
                ["Logging:LogLevel:Default"] = "Warning",
            }));
        }
    }
}
