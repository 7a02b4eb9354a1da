namespace ChatBot.Knowledge.Tests;

/// <summary>The real content folder, except that listing it fails while <see cref="Failure"/> is set: the way a
/// share that goes away or a folder whose permissions are withdrawn fails (as root, no folder is unreadable).</summary>
internal sealed class FaultyContentFolder : IContentFolder
{
    private readonly PhysicalContentFolder _inner = new();
    private volatile Exception? _failure;

    public Exception? Failure
    {
        get => _failure;
        set => _failure = value;
    }

    public string Fingerprint(string directory) => _failure is { } failure ? throw failure : _inner.Fingerprint(directory);
}
