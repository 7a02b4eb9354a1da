namespace ChatBot.State;

/// <summary>A write carried an ETag that is no longer current: someone else wrote the item since it was read.
/// Read it again, reapply the change and write again.</summary>
public sealed class ETagConflictException : Exception
{
    public ETagConflictException()
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ETagConflictException(string key, string? expected, string current)
        : base($"Etag conflict on '{key}'. Original: {expected ?? "(none)"}, current: {current}.")
    {
        Key = key;
    }

    public string? Key { get; }
}
