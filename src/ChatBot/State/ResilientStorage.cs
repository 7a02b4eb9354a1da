using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>Lets a turn go on while the store is down: reads find nothing (the bot answers without follow-up
/// memory), writes and deletes are dropped. <see cref="RedisConnection"/> has already marked the store degraded
/// and logged the outage once; ETag conflicts and every other error still reach the caller.</summary>
public sealed class ResilientStorage(IStorage inner) : IStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(keys, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            return new Dictionary<string, object>();
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            // Dropped on purpose: the answer was already sent, and the outage is logged and on /healthz.
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.DeleteAsync(keys, cancellationToken);
        }
        catch (StateUnavailableException)
        {
            // The keys expire by themselves (State:TimeToLive) if Redis comes back with them.
        }
    }
}
