using System.Net;
using System.Net.Http.Headers;
using ChatBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Tests.Api;

/// <summary>With an app id, every bearer token that is not genuine gets 401 (never a 500 with a stack trace).</summary>
public sealed class BearerTokenTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000ab";

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.bm90IGpzb24.")]
    public async Task Message_MalformedToken_Returns401WithoutAStackTrace(string token)
    {
        // These fail while the token is parsed, before any signing key is needed, so they run offline as they are.
        await using var factory = CreateFactory();

        using var response = await PostAsync(factory, token);

        AssertRefused(factory, response);
    }

    /// <summary>
    /// What IdentityModel throws for a well-formed token that is forged: tests have no network to fetch the Bot
    /// Framework's signing keys, so the check itself is replaced by one that throws what the real one does.
    /// </summary>
    [Theory]
    [InlineData("alg none")]
    [InlineData("HS256 or an unknown key")]
    [InlineData("wrong key or tampered payload")]
    [InlineData("not yet valid")]
    [InlineData("malformed")]
    public async Task Message_ForgedToken_Returns401WithoutAStackTrace(string forgery)
    {
        Exception rejection = forgery switch
        {
            "alg none" => new SecurityTokenInvalidAlgorithmException("IDX10696: The algorithm 'none' is not supported."),
            "HS256 or an unknown key" => new SecurityTokenSignatureKeyNotFoundException("IDX10503: Signature validation failed."),
            "wrong key or tampered payload" => new SecurityTokenInvalidSignatureException("IDX10511: Signature validation failed."),
            "not yet valid" => new SecurityTokenNotYetValidException("IDX10222: Lifetime validation failed."),
            _ => new SecurityTokenMalformedException("IDX14100: JWT is not well formed."),
        };
        await using var factory = CreateFactory(rejection);

        using var response = await PostAsync(factory, "header.payload.signature");

        AssertRefused(factory, response);
    }

    [Fact]
    public async Task Message_SigningKeysUnreachable_IsNotBlamedOnTheCaller()
    {
        // The bot could not check the token at all: a server-side failure, not a 401 that tells Azure the token was bad.
        await using var factory = CreateFactory(new InvalidOperationException("IDX20803: Unable to obtain configuration."));

        using var response = await PostAsync(factory, "header.payload.signature");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static void AssertRefused(ChatBotFactory factory, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized,
            $"{(int)response.StatusCode}: {string.Join(" | ", factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message))}");
        Assert.Empty(factory.Answerer.Questions);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null || e.Message.Contains("   at ", StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("401", StringComparison.Ordinal));
    }

    private static ChatBotFactory CreateFactory(Exception? rejection = null) => new(new FakeKnowledgeBase(TestArticles.All), new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    })
    {
        ConfigureServices = rejection is null
            ? null
            : services => services.AddSingleton<ConfigurationBotFrameworkAuthentication>(sp =>
                new RejectingAuthentication(sp.GetRequiredService<IConfiguration>(), rejection)),
    };

    private static async Task<HttpResponseMessage> PostAsync(ChatBotFactory factory, string token)
    {
        var client = factory.CreateClient();
        var content = BotEndpointAbuseTests.Json(BotEndpointAbuseTests.Message("c1", "http://localhost:9", expectReplies: true));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    /// <summary>The Bot Framework's token check, answering every token with the given exception.</summary>
    private sealed class RejectingAuthentication(IConfiguration configuration, Exception rejection) : ConfigurationBotFrameworkAuthentication(configuration)
    {
        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
            Task.FromException<AuthenticateRequestResult>(rejection);
    }
}
