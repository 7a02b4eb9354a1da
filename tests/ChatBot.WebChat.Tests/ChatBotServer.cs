using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.WebChat.Tests;

/// <summary>The real ChatBot host on real Kestrel (a free loopback port), so a browser can reach it.</summary>
public sealed class ChatBotServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ChatBotServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration keys on top of the repository's appsettings.json (e.g. an admin key).</param>
    public ChatBotServer(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Where the running server listens, e.g. <c>http://127.0.0.1:41234</c>; starts it on first use.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The article folder from the repository, whatever folder the test runner starts in.
        builder.UseSetting("Content:Path", System.IO.Path.Combine(RepositoryRoot.Path, "content"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
