using System.Text.Json;
using ChatBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ChatBot.Api;

public static class BotEndpoint
{
    /// <summary>
    /// <c>POST /api/messages</c>: the Bot Framework endpoint for Teams, the Emulator and Direct Line. A body that
    /// is not a JSON activity, or breaks a limit (<see cref="ActivityCheck"/>), gets ProblemDetails before the adapter
    /// sees it; the adapter authenticates
    /// (401 without a valid token when MicrosoftAppId is set) and runs the turn.
    /// </summary>
    public static WebApplication MapBotEndpoint(this WebApplication app)
    {
        app.MapPost("/api/messages", HandleAsync)
            .RequireRateLimiting(ClientRateLimits.MessagesPolicy)
            .WithName("BotMessages")
            .WithSummary("Bot Framework messaging endpoint")
            .WithDescription("Receives a Bot Framework Activity. With \"deliveryMode\": \"expectReplies\" the replies come back in the response body.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        HttpResponse response,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        IOptions<ApiOptions> apiOptions,
        IOptions<BotOptions> botOptions,
        IOptions<BotAuthenticationOptions> authentication,
        CancellationToken cancellationToken)
    {
        // Only JSON: a text/plain POST is a CORS "simple request" that any web page can make to a bot on localhost.
        if (!IsJson(request.ContentType))
        {
            return TypedResults.Problem(
                title: "Unsupported media type",
                detail: "Send the activity as JSON with Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var problem = await CheckActivityAsync(request, apiOptions.Value, authentication.Value.IsAuthenticationEnabled, botOptions.Value.AllowedServiceUrls, cancellationToken);
        if (problem is { } p)
        {
            return TypedResults.Problem(title: p.Title, detail: p.Detail, statusCode: p.Status);
        }

        await adapter.ProcessAsync(request, response, bot, cancellationToken);
        return TypedResults.Empty;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the body is an activity the bot may process (<see cref="ActivityCheck"/>); otherwise what is wrong with it.</summary>
    private static async Task<(int Status, string Title, string Detail)?> CheckActivityAsync(
        HttpRequest request, ApiOptions limits, bool authenticated, IReadOnlyList<string> allowedServiceUrls, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return ActivityCheck.Check(document.RootElement, limits, authenticated, allowedServiceUrls);
        }
        catch (JsonException ex)
        {
            return (StatusCodes.Status400BadRequest, "Malformed activity", $"The body is not valid JSON: {ex.Message}");
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
