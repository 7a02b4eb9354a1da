using System.ComponentModel.DataAnnotations;

namespace ChatBot.State;

/// <summary>The <c>State:Redis</c> section, read when <see cref="StateOptions.Provider"/> is <see cref="StateProvider.Redis"/>.</summary>
public sealed class RedisStateOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or
    /// <c>name.redis.cache.windows.net:6380,password=…,ssl=True</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Prefix of every key this bot writes, so several bots can share one Redis.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,64}$")]
    public string KeyPrefix { get; set; } = "chatbot";

    /// <summary>How long one Redis command may take before the turn goes on without memory.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
