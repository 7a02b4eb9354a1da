using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ChatBot.Hosting;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Reads the repository's one <c>appsettings.json</c>, which the build copies next to the binaries, whatever
    /// the working directory. It goes first, so environment variables and <c>--Key=value</c> arguments override it.
    /// </summary>
    public static IHostApplicationBuilder AddChatBotConfiguration(this IHostApplicationBuilder builder)
    {
        var source = new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
        };
        builder.Configuration.Sources.Insert(0, source);
        return builder;
    }
}
