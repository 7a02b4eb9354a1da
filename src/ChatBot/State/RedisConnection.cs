using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatBot.State;

/// <summary>The one StackExchange.Redis multiplexer of this process, configured to fail fast while Redis is down
/// and to reconnect by itself. Every command goes through <see cref="ExecuteAsync{T}"/>, which reports reachability
/// to <see cref="StateHealth"/> and turns connectivity errors into <see cref="StateUnavailableException"/>.</summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly StateHealth _health;
    private readonly SemaphoreSlim _connectGate = new(1, 1);
    private readonly string _keyPrefix;
    private ConnectionMultiplexer? _multiplexer;
    private bool _disposed;

    public RedisConnection(IOptions<StateOptions> options, StateHealth health)
    {
        ArgumentNullException.ThrowIfNull(options);
        var redis = options.Value.Redis;
        _health = health;
        _keyPrefix = redis.KeyPrefix + ":";
        var timeoutMs = (int)redis.OperationTimeout.TotalMilliseconds;

        _configuration = ConfigurationOptions.Parse(redis.ConnectionString ?? string.Empty);
        // Start (and keep answering) even when Redis is down; the multiplexer keeps retrying in the background.
        _configuration.AbortOnConnectFail = false;
        // While disconnected, fail a command at once rather than queue it: the turn answers without memory instead of waiting.
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ConnectTimeout = timeoutMs;
        _configuration.AsyncTimeout = timeoutMs;
        _configuration.SyncTimeout = timeoutMs;
        _configuration.ReconnectRetryPolicy = new ExponentialRetry(deltaBackOffMilliseconds: 250, maxDeltaBackOffMilliseconds: 5_000);
    }

    /// <summary>The Redis key for a name of this bot (prefixed, so several bots can share one Redis).</summary>
    public RedisKey Key(string name) => _keyPrefix + name;

    /// <summary>Runs one Redis operation; any Redis failure (connection, timeout, or an error reply such as OOM or
    /// READONLY) marks the store degraded and becomes a <see cref="StateUnavailableException"/>, a success marks it
    /// healthy again. Pass <paramref name="writes"/> for an operation that stores something: while writes fail (Redis
    /// full, a read-only replica) a successful read does not end the outage.</summary>
    public async Task<T> ExecuteAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken, bool writes = false)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            var multiplexer = await GetMultiplexerAsync(cancellationToken);
            var result = await operation(multiplexer.GetDatabase()).WaitAsync(cancellationToken);
            _health.ReportAvailable(writes);
            return result;
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            _health.ReportUnavailable(ex, writes);
            throw new StateUnavailableException("Redis is unreachable or refuses the command.", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connectGate.WaitAsync();
        try
        {
            _disposed = true;
            if (_multiplexer is { } multiplexer)
            {
                multiplexer.ConnectionFailed -= OnConnectionFailed;
                multiplexer.ConnectionRestored -= OnConnectionRestored;
                await multiplexer.DisposeAsync();
                _multiplexer = null;
            }
        }
        finally
        {
            _connectGate.Release();
        }

        _connectGate.Dispose();
    }

    /// <summary>Every error Redis itself reports. An error reply (OOM at maxmemory, READONLY, LOADING…) means the store
    /// cannot serve the command right now, exactly like an outage: the turn must go on without memory, not fail.</summary>
    // A timed-out command is a TimeoutException, not a RedisException, though Redis may well be up and merely slow.
    private static bool IsUnavailable(Exception ex) => ex is RedisException or RedisTimeoutException;

    private async ValueTask<ConnectionMultiplexer> GetMultiplexerAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _multiplexer) is { } existing)
        {
            return existing;
        }

        await _connectGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_multiplexer is null)
            {
                var multiplexer = await ConnectionMultiplexer.ConnectAsync(_configuration);
                multiplexer.ConnectionFailed += OnConnectionFailed;
                multiplexer.ConnectionRestored += OnConnectionRestored;
                Volatile.Write(ref _multiplexer, multiplexer);
            }

            return _multiplexer;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive)
        {
            _health.ReportUnavailable(e.Exception ?? new StateUnavailableException($"Redis connection lost ({e.FailureType})."));
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive)
        {
            _health.ReportAvailable(writes: false);
        }
    }
}
