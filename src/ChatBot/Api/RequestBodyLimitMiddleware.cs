using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ChatBot.Api;

/// <summary>
/// Refuses bodies over <see cref="ApiOptions.MaxRequestBodyBytes"/> with 413 and ProblemDetails: at once when the
/// declared length is too large, and through Kestrel's body-size limit (which throws 413 while reading) otherwise.
/// </summary>
internal sealed class RequestBodyLimitMiddleware
{
    private readonly RequestDelegate _next;

    public RequestBodyLimitMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, IOptions<ApiOptions> options, IProblemDetailsService problemDetails)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request body too large",
                    Detail = $"The body is {context.Request.ContentLength:N0} bytes; the limit is {limit:N0} bytes.",
                },
            });
            return;
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        await _next(context);
    }
}
