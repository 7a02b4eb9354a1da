using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace ChatBot.Api;

public static class BotEndpoint
{
    /// <summary>
    /// <c>POST /api/messages</c>: the Bot Framework endpoint for Teams, the Emulator and Direct Line. A body that
    /// is not a JSON activity gets 400 with ProblemDetails before the adapter sees it; the adapter authenticates
    /// (401 without a valid token when MicrosoftAppId is set) and runs the turn.
    /// </summary>
    public static WebApplication MapBotEndpoint(this WebApplication app)
    {
        app.MapPost("/api/messages", HandleAsync)
            .WithName("BotMessages")
            .WithSummary("Bot Framework messaging endpoint")
            .WithDescription("Receives a Bot Framework Activity. With \"deliveryMode\": \"expectReplies\" the replies come back in the response body.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        HttpResponse response,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        CancellationToken cancellationToken)
    {
        var problem = await DescribeMalformedActivityAsync(request, cancellationToken);
        if (problem is not null)
        {
            return TypedResults.Problem(title: "Malformed activity", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        await adapter.ProcessAsync(request, response, bot, cancellationToken);
        return TypedResults.Empty;
    }

    /// <summary>Null when the body is a JSON object with a <c>type</c>; otherwise what is wrong with it.</summary>
    private static async Task<string?> DescribeMalformedActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The body must be a JSON object: a Bot Framework Activity.";
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 })
            {
                return "The activity has no \"type\" (for example \"message\").";
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"The body is not valid JSON: {ex.Message}";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
