namespace ChatBot.Knowledge;

/// <summary>The content folder on disk.</summary>
internal sealed class PhysicalContentFolder : IContentFolder
{
    public string Fingerprint(string directory) => ContentFingerprint.Compute(directory);
}
