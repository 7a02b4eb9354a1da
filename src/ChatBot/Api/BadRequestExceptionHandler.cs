using Microsoft.AspNetCore.Diagnostics;

namespace ChatBot.Api;

/// <summary>
/// Turns the framework's <see cref="BadHttpRequestException"/> (malformed JSON, a body over the size limit) into
/// ProblemDetails with its own status code and message, which describe the request and never the server.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problemDetails;

    public BadRequestExceptionHandler(IProblemDetailsService problemDetails) => _problemDetails = problemDetails;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await _problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Malformed request",
                Detail = badRequest.InnerException is System.Text.Json.JsonException json
                    ? $"{badRequest.Message} {json.Message}"
                    : badRequest.Message,
            },
        });
    }
}
