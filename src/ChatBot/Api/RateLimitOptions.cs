using System.ComponentModel.DataAnnotations;

namespace ChatBot.Api;

/// <summary>
/// The <c>RateLimit</c> section: how many requests one client (by IP address) may send to <c>/api/ask</c>, and to
/// <c>/api/messages</c> while no app id is set, per window. It bounds what anonymous callers can make the bot store.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may send per window, per endpoint.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
