using System.Security.Cryptography;
using System.Text;
using ChatBot.State;

namespace ChatBot.Insights;

/// <summary>The <c>X-Admin-Key</c> rule of the feedback API, for the admin endpoints that share its key
/// (<c>Feedback:AdminKey</c>): 401 without the header, 403 with a wrong key or while none is configured.</summary>
internal static class AdminKeyCheck
{
    /// <returns>Null when the key is accepted; otherwise the ProblemDetails to answer with.</returns>
    public static IResult? Problem(HttpRequest request, FeedbackOptions options)
    {
        var given = request.Headers[FeedbackEndpoints.AdminKeyHeader].ToString();
        if (string.IsNullOrEmpty(given))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Admin key required",
                detail: $"Send the key configured as Feedback:AdminKey in the {FeedbackEndpoints.AdminKeyHeader} header.");
        }

        if (string.IsNullOrEmpty(options.AdminKey))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Admin endpoints are disabled",
                detail: "Set Feedback:AdminKey to enable them.");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.AdminKey))
            ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Admin key not accepted");
    }
}
