using Microsoft.Net.Http.Headers;

namespace ChatBot.WebChat;

/// <summary>Serves the web chat page (wwwroot: index.html, app.js, app.css) at <c>/</c>.</summary>
public static class WebChatEndpoints
{
    // The page loads nothing from elsewhere: scripts, styles and API calls all stay on this origin.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Adds the static-file middleware for the web chat. Call it before the API endpoints are mapped;
    /// requests the files do not match fall through to the endpoints.
    /// </summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // Always revalidate, so a restarted service never runs with yesterday's script.
                headers[HeaderNames.CacheControl] = "no-cache";
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
                    headers["Referrer-Policy"] = "no-referrer";
                }
            },
        });
        return app;
    }
}
