using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace ChatBot.State;

/// <summary>The <c>State</c> section: which store keeps conversations and feedback, and for how long.</summary>
public sealed class StateOptions : IValidatableObject
{
    public const string SectionName = "State";

    /// <summary>The channel name under which <c>/api/ask</c> conversations are kept.</summary>
    public const string ApiChannel = "api";

    public StateProvider Provider { get; set; } = StateProvider.Memory;

    /// <summary>A conversation not written for this long is forgotten (by either provider), so memory stays bounded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A shorter (or longer) time-to-live per channel id, <c>api</c> meaning <c>/api/ask</c>: anonymous HTTP callers'
    /// conversations are kept an hour by default, Teams and Emulator chats <see cref="TimeToLive"/>.
    /// </summary>
    public Dictionary<string, TimeSpan> ChannelTimeToLive { get; set; } = new(StringComparer.OrdinalIgnoreCase) { [ApiChannel] = TimeSpan.FromHours(1) };

    /// <summary>How long one answer may spend on its conversation memory, reads and writes together; then it answers
    /// (or is remembered) without it. Each Redis command also has its own <c>State:Redis:OperationTimeout</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(2);

    public RedisStateOptions Redis { get; set; } = new();

    /// <summary>The time-to-live of a stored item: its channel's (<see cref="ChannelTimeToLive"/>) or <see cref="TimeToLive"/>.
    /// Keys are <c>api/conversations/{id}</c> and <c>bot/{channel}/conversations/{id}</c>.</summary>
    public TimeSpan TimeToLiveFor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/', 3);
        var channel = parts[0] == "bot" && parts.Length > 1 ? parts[1] : parts[0];
        return ChannelTimeToLive.TryGetValue(channel, out var ttl) ? ttl : TimeToLive;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (channel, ttl) in ChannelTimeToLive)
        {
            if (ttl < TimeSpan.FromSeconds(1) || ttl > TimeSpan.FromDays(365))
            {
                yield return new ValidationResult($"State:ChannelTimeToLive:{channel} must be between 1 second and 365 days.", [nameof(ChannelTimeToLive)]);
            }
        }

        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult("State:Provider must be Memory or Redis.", [nameof(Provider)]);
        }

        if (Provider != StateProvider.Redis)
        {
            yield break;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Redis, new ValidationContext(Redis), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return new ValidationResult($"State:Redis: {result.ErrorMessage}", [nameof(Redis)]);
        }

        if (string.IsNullOrWhiteSpace(Redis.ConnectionString))
        {
            yield return new ValidationResult(
                "State:Redis:ConnectionString is required when State:Provider is Redis (e.g. localhost:6379).", [nameof(Redis)]);
            yield break;
        }

        string? parseError = null;
        try
        {
            ConfigurationOptions.Parse(Redis.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            parseError = ex.Message;
        }

        if (parseError is not null)
        {
            yield return new ValidationResult($"State:Redis:ConnectionString is not valid: {parseError}", [nameof(Redis)]);
        }
    }
}
