using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.Api;

/// <summary>
/// With <see cref="ApiOptions.AccessKey"/> set, everything but the endpoints that have their own protection or must
/// stay open (<c>/api/messages</c>: Bot Framework tokens; <c>/api/feedback</c>: the admin key; <c>/healthz</c>,
/// <c>/alive</c>) needs the key: <c>/api/ask</c>, <c>/api/articles</c>, the OpenAPI document and the web page. It comes
/// in the <c>X-Api-Key</c> header, or, for the browser, once as <c>/?key=…</c>, which sets an HttpOnly cookie.
/// </summary>
internal sealed class ApiAccessKeyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Api-Key";
    public const string CookieName = "chatbot-access";

    private static readonly string[] s_openPaths = ["/api/messages", "/api/feedback", "/healthz", "/alive"];

    public async Task InvokeAsync(HttpContext context, IOptions<ApiOptions> options, IProblemDetailsService problemDetails)
    {
        var expected = options.Value.AccessKey;
        var path = context.Request.Path;
        if (string.IsNullOrEmpty(expected) || s_openPaths.Any(open => path.StartsWithSegments(open, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        if (Matches(context.Request.Headers[HeaderName].ToString(), expected) || Matches(context.Request.Cookies[CookieName], expected))
        {
            await next(context);
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && Matches(context.Request.Query["key"].ToString(), expected))
        {
            // The key leaves the address bar at once; the cookie carries it for the page and its API calls.
            context.Response.Cookies.Append(CookieName, expected, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            context.Response.Redirect(path.HasValue ? path.Value! : "/");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Access key required",
                Detail = $"Send the key configured as Api:AccessKey in the {HeaderName} header (or open /?key=… in a browser).",
            },
        });
    }

    private static bool Matches(string? given, string expected) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
