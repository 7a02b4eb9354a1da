namespace ChatBot.State;

/// <summary>Recognises a stale-ETag write on either provider.</summary>
internal static class ETagConflicts
{
    /// <summary>Bot Builder's MemoryStorage (4.23) signals a conflict with an <see cref="ArgumentException"/> whose
    /// message starts "Etag conflict" (older versions: a plain <see cref="Exception"/>); <see cref="RedisStorage"/>
    /// throws the typed <see cref="ETagConflictException"/>.
    /// Both mean: read again, reapply, write again.</summary>
    public static bool IsConflict(Exception exception) =>
        exception is ETagConflictException
        || ((exception.GetType() == typeof(ArgumentException) || exception.GetType() == typeof(Exception))
            && exception.Message.StartsWith("Etag conflict", StringComparison.Ordinal));
}
