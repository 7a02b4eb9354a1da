namespace ChatBot.Knowledge;

/// <summary>
/// The one file-system call of the indexing loop that is not guarded per file: the folder's fingerprint. An
/// interface so tests can make it fail the way a share that goes away or a folder losing its permissions does
/// (tests run as root, for whom no folder is unreadable).
/// </summary>
internal interface IContentFolder
{
    /// <inheritdoc cref="ContentFingerprint.Compute"/>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be listed.</exception>
    string Fingerprint(string directory);
}
