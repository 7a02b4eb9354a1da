using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatBot.WebChat.Tests;

/// <summary>How the host serves the page, without a browser (these run on every machine).</summary>
public sealed partial class WebChatEndpointsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task GetRoot_Always_ServesThePageWithALockedDownContentSecurityPolicy()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("role=\"log\"", html, StringComparison.Ordinal);
        Assert.Contains(">Ask about the article</label>", html, StringComparison.Ordinal);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexHtml_EveryReference_StaysOnThisOriginAndIsServed()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var references = LocalReference().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith('#')).ToList();

        Assert.Contains("app.js", references);
        Assert.Contains("app.css", references);
        foreach (var reference in references.Where(r => !r.StartsWith("data:", StringComparison.Ordinal)))
        {
            Assert.DoesNotMatch("^(https?:)?//", reference);
            using var asset = await client.GetAsync(new Uri(reference, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task PostAsk_WithThePageServedBesideIt_StillAnswersWithProblemDetails()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex LocalReference();
}
