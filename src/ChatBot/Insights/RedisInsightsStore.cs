using System.Text.Json;
using ChatBot.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.Insights;

/// <summary>
/// Insights in a Redis stream (<c>{prefix}:insights</c>), shared by every instance. Stream ids are millisecond
/// timestamps, so retention is a trim by minimum id on each write, and a read starts at the retention boundary.
/// </summary>
public sealed class RedisInsightsStore(RedisConnection connection, IOptions<InsightsOptions> options, TimeProvider timeProvider) : IInsightsStore
{
    private const string EntryField = "entry";
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly InsightsOptions _options = options.Value;

    private RedisKey StreamKey => connection.Key("insights");

    public async Task RecordAsync(InsightEvent entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var json = JsonSerializer.Serialize(entry, SerializerOptions);
        await connection.ExecuteAsync(
            db => db.StreamAddAsync(StreamKey, EntryField, json, maxLength: _options.MaxEvents, useApproximateMaxLength: true),
            cancellationToken);
        await connection.ExecuteAsync(
            db => db.ExecuteAsync("XTRIM", StreamKey, "MINID", "~", MinimumId(timeProvider.GetUtcNow() - _options.Retention)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<InsightEvent>> ReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var oldest = timeProvider.GetUtcNow() - _options.Retention;
        var from = since > oldest ? since : oldest;
        var entries = await connection.ExecuteAsync(db => db.StreamRangeAsync(StreamKey, minId: MinimumId(from)), cancellationToken);
        var events = new List<InsightEvent>(entries.Length);
        foreach (var streamEntry in entries)
        {
            var json = streamEntry[EntryField];
            if (!json.IsNull && JsonSerializer.Deserialize<InsightEvent>(json.ToString(), SerializerOptions) is { } entry && entry.Timestamp >= from)
            {
                events.Add(entry);
            }
        }

        return events;
    }

    private static string MinimumId(DateTimeOffset time) => $"{Math.Max(0, time.ToUnixTimeMilliseconds())}-0";
}
