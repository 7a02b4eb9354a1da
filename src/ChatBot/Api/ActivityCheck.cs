using System.Net;
using System.Text.Json;

namespace ChatBot.Api;

/// <summary>
/// What <c>/api/messages</c> refuses before the adapter sees an activity: a body that is not a JSON activity, any
/// identifier, text or list over its limit (a 1 MB conversation id would be kept and logged whole), and a
/// <c>serviceUrl</c> that is missing, not http(s), or, with no app id, not this machine or the allow-list (the bot
/// would otherwise post its replies to any address a web page names).
/// </summary>
internal static class ActivityCheck
{
    /// <summary>Null when the activity may be processed; otherwise the status and what is wrong.</summary>
    public static (int Status, string Title, string Detail)? Check(JsonElement root, ApiOptions limits, bool authenticated, IReadOnlyList<string> allowedServiceUrls)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Malformed("The body must be a JSON object: a Bot Framework Activity.");
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 })
        {
            return Malformed("The activity has no \"type\" (for example \"message\").");
        }

        if (FindOversized(root, "", limits) is { } oversized)
        {
            return Malformed(oversized);
        }

        if (!root.TryGetProperty("serviceUrl", out var serviceUrlElement) || serviceUrlElement.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(serviceUrlElement.GetString(), UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return Malformed("The activity needs a \"serviceUrl\": the absolute http(s) address its replies go to.");
        }

        if (!authenticated && !IsLoopback(serviceUrl) && !allowedServiceUrls.Any(allowed => IsUnder(serviceUrl, allowed)))
        {
            return (StatusCodes.Status403Forbidden, "serviceUrl not allowed",
                $"With no MicrosoftAppId the bot replies only to this machine (localhost) or to Bot:AllowedServiceUrls, not to {serviceUrl.GetLeftPart(UriPartial.Authority)}.");
        }

        return null;
    }

    private static (int, string, string) Malformed(string detail) => (StatusCodes.Status400BadRequest, "Malformed activity", detail);

    /// <summary>The first identifier, string or list over its limit, described by its JSON path; null when none is.</summary>
    private static string? FindOversized(JsonElement element, string path, ApiOptions limits)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    var value = property.Value;
                    if (value.ValueKind == JsonValueKind.String && IsIdentifier(property.Name) && value.GetString()!.Length > limits.MaxIdLength)
                    {
                        return $"\"{Shorten(childPath)}\" is {value.GetString()!.Length:N0} characters long; identifiers are at most {limits.MaxIdLength:N0} (Api:MaxIdLength).";
                    }

                    if (FindOversized(value, childPath, limits) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var count = element.GetArrayLength();
                if (count > limits.MaxListItems)
                {
                    return $"\"{Shorten(path)}\" has {count:N0} items; lists are at most {limits.MaxListItems:N0} (Api:MaxListItems).";
                }

                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindOversized(item, $"{path}[{index++}]", limits) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.String:
                var length = element.GetString()!.Length;
                return length > limits.MaxTextLength
                    ? $"\"{Shorten(path)}\" is {length:N0} characters long; texts are at most {limits.MaxTextLength:N0} (Api:MaxTextLength)."
                    : null;
            default:
                return null;
        }
    }

    /// <summary><c>id</c>, <c>conversationId</c>, <c>replyToId</c>, <c>channelId</c>…: names the Bot Framework uses for identifiers.</summary>
    private static bool IsIdentifier(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>A path built from property names a client chose may itself be long.</summary>
    private static string Shorten(string path) => LogText.Truncate(path, 80);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    private static bool IsUnder(Uri serviceUrl, string allowed) =>
        Uri.TryCreate(allowed, UriKind.Absolute, out var prefix)
        && string.Equals(serviceUrl.Scheme, prefix.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(serviceUrl.Authority, prefix.Authority, StringComparison.OrdinalIgnoreCase)
        && serviceUrl.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.OrdinalIgnoreCase);
}
