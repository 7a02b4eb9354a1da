using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.State;

/// <summary>Feedback in a Redis stream (<c>{prefix}:feedback</c>, trimmed to about
/// <see cref="FeedbackOptions.MaxEntries"/>), so it survives restarts and every instance sees it. Feedback sent
/// while Redis is down waits in a small in-process buffer and is written on the next call that reaches Redis.</summary>
public sealed partial class RedisFeedbackStore : IFeedbackStore
{
    private const int MaxPending = 1_000;
    private const string EntryField = "entry";
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly RedisConnection _connection;
    private readonly ILogger<RedisFeedbackStore> _logger;
    private readonly int _maxEntries;
    private readonly ConcurrentQueue<FeedbackEntry> _pending = new();

    public RedisFeedbackStore(RedisConnection connection, IOptions<FeedbackOptions> options, ILogger<RedisFeedbackStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        _logger = logger;
        _maxEntries = options.Value.MaxEntries;
    }

    private RedisKey StreamKey => _connection.Key("feedback");

    public async Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await FlushPendingAsync(cancellationToken);
            await AddAsync(entry, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            _pending.Enqueue(entry);
            while (_pending.Count > MaxPending && _pending.TryDequeue(out var dropped))
            {
                LogDropped(_logger, dropped.ConversationId, dropped.Reaction);
            }
        }
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ReadLatestAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await FlushPendingAsync(cancellationToken);
        var entries = await _connection.ExecuteAsync(
            db => db.StreamRangeAsync(StreamKey, count: limit, messageOrder: Order.Descending), cancellationToken);

        var latest = new List<FeedbackEntry>(entries.Length);
        foreach (var streamEntry in entries)
        {
            var json = streamEntry[EntryField];
            if (!json.IsNull && JsonSerializer.Deserialize<FeedbackEntry>(json.ToString(), SerializerOptions) is { } entry)
            {
                latest.Add(entry);
            }
        }

        return latest;
    }

    private async Task FlushPendingAsync(CancellationToken cancellationToken)
    {
        while (_pending.TryDequeue(out var entry))
        {
            try
            {
                await AddAsync(entry, cancellationToken);
            }
            catch (StateUnavailableException)
            {
                _pending.Enqueue(entry);
                throw;
            }
        }
    }

    private Task<RedisValue> AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(entry, SerializerOptions);
        return _connection.ExecuteAsync(
            db => db.StreamAddAsync(StreamKey, EntryField, json, maxLength: _maxEntries, useApproximateMaxLength: true),
            cancellationToken,
            writes: true);
    }

    [LoggerMessage(EventId = 7020, Level = LogLevel.Warning,
        Message = "Feedback buffer full while Redis is down: dropped a {Reaction} on conversation {ConversationId}")]
    private static partial void LogDropped(ILogger logger, string conversationId, string reaction);
}
