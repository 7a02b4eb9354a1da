using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StackExchange.Redis;

namespace ChatBot.State;

/// <summary>Bot Builder <see cref="IStorage"/> over Redis, with <c>MemoryStorage</c>'s semantics so a bot behaves
/// the same on either provider: items are JSON with type names and come back as the types that were written
/// (the names are checked on the way in, see <see cref="StateSerializationBinder"/>);
/// an <see cref="IStoreItem"/> (or a JObject with an <c>eTag</c>) gets a fresh ETag on every write, and a write
/// whose ETag is neither current nor <c>*</c> fails with <see cref="ETagConflictException"/> and changes nothing.
/// Every write sets the item's time-to-live (<see cref="StateOptions.TimeToLiveFor"/>: per channel).</summary>
/// <remarks>Each item is a hash <c>{prefix}:state:{key}</c> with fields <c>doc</c> (the JSON) and <c>etag</c>;
/// the compare-and-set runs as one Lua script, so two instances can never both win the same ETag.</remarks>
public sealed class RedisStorage : IStorage
{
    // MemoryStorage's settings (typed round trip), with an allow-list binder because Redis is shared by many processes.
    private static readonly JsonSerializer StateJsonSerializer = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        SerializationBinder = new StateSerializationBinder(),
    };

    // The property MemoryStorage (Bot Builder 4.23) reads and writes; Newtonsoft maps it onto IStoreItem.ETag.
    private const string ETagProperty = "eTag";
    private static readonly RedisValue[] ItemFields = ["doc", "etag"];

    // KEYS[1] item; ARGV: [1] '1' when the ETag is checked, [2] the ETag the writer read ('' when none),
    // [3] the new ETag, [4] the JSON, [5] time-to-live in ms. Returns nil on success, the current ETag on conflict.
    private const string WriteScript = """
        local current = redis.call('HGET', KEYS[1], 'etag')
        if ARGV[1] == '1' then
          if current and ARGV[2] ~= '*' and ARGV[2] ~= current then
            return current
          end
          redis.call('HSET', KEYS[1], 'doc', ARGV[4], 'etag', ARGV[3])
        else
          redis.call('HSET', KEYS[1], 'doc', ARGV[4])
          redis.call('HDEL', KEYS[1], 'etag')
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return false
        """;

    private readonly RedisConnection _connection;
    private readonly StateOptions _options;

    public RedisStorage(RedisConnection connection, IOptions<StateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        _options = options.Value;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }

        var values = await _connection.ExecuteAsync(
            db => Task.WhenAll(keys.Select(key => db.HashGetAsync(ItemKey(key), ItemFields))), cancellationToken);

        for (var i = 0; i < keys.Length; i++)
        {
            var (doc, etag) = (values[i][0], values[i][1]);
            if (doc.IsNull)
            {
                continue;
            }

            var item = JObject.Parse(doc.ToString());
            if (!etag.IsNull)
            {
                item[ETagProperty] = etag.ToString();
            }

            items[keys[i]] = item.ToObject<object>(StateJsonSerializer)!;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                // MemoryStorage keeps a null that reads back as absent; absent is what Redis can hold.
                await DeleteAsync([key], cancellationToken);
                continue;
            }

            var (checkETag, expected) = value switch
            {
                IStoreItem storeItem => (true, storeItem.ETag),
                JObject json when json.ContainsKey(ETagProperty) => (true, json.Value<string>(ETagProperty)),
                _ => (false, null),
            };

            var doc = JObject.FromObject(value, StateJsonSerializer);
            if (checkETag)
            {
                // The ETag lives in its own hash field; drop the copy serialized from IStoreItem.ETag.
                foreach (var stale in doc.Properties().Where(IsETag).ToList())
                {
                    stale.Remove();
                }
            }

            RedisValue[] args =
            [
                checkETag ? "1" : "0",
                expected ?? string.Empty,
                Guid.NewGuid().ToString("N"),
                doc.ToString(Formatting.None),
                (long)_options.TimeToLiveFor(key).TotalMilliseconds,
            ];

            var result = await _connection.ExecuteAsync(
                db => db.ScriptEvaluateAsync(WriteScript, [ItemKey(key)], args), cancellationToken, writes: true);
            if (!result.IsNull)
            {
                throw new ETagConflictException(key, expected, result.ToString());
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        var redisKeys = keys.Select(ItemKey).ToArray();
        await _connection.ExecuteAsync(db => db.KeyDeleteAsync(redisKeys), cancellationToken, writes: true);
    }

    private static bool IsETag(JProperty property) =>
        string.Equals(property.Name, ETagProperty, StringComparison.OrdinalIgnoreCase);

    private RedisKey ItemKey(string key) => _connection.Key("state:" + key);
}
