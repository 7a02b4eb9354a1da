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
    public ChatBotServer()
    {
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
    }
}
