using System.Diagnostics;
using ChatBot.Telemetry;
using Microsoft.Bot.Builder;

namespace ChatBot.State;

/// <summary>
/// Wraps the conversation store (memory or Redis): a <c>chatbot.state.read</c>/<c>write</c>/<c>delete</c> span and
/// the state latency histogram per call. Keys are conversation ids, so they are not tagged.
/// </summary>
internal sealed class TracedStorage(IStorage inner, ChatBotMetrics metrics) : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        TraceAsync("read", keys.Length, () => inner.ReadAsync(keys, cancellationToken));

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        TraceAsync("write", changes.Count, async () =>
        {
            await inner.WriteAsync(changes, cancellationToken);
            return true;
        });

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        TraceAsync("delete", keys.Length, async () =>
        {
            await inner.DeleteAsync(keys, cancellationToken);
            return true;
        });

    private async Task<T> TraceAsync<T>(string operation, int keys, Func<Task<T>> call)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity("chatbot.state." + operation, ActivityKind.Client);
        activity?.SetTag("chatbot.state.keys", keys);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An ETag conflict is the store doing its job (the caller re-applies its turn), not a failure.
            activity?.SetStatus(ex is ETagConflictException ? ActivityStatusCode.Unset : ActivityStatusCode.Error, ex.GetType().Name);
            activity?.SetTag("chatbot.state.error", ex.GetType().Name);
            throw;
        }
        finally
        {
            metrics.StateAccessed(operation, Stopwatch.GetElapsedTime(started));
        }
    }
}
