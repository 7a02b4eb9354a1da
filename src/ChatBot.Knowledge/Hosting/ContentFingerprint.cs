namespace ChatBot.Knowledge;

/// <summary>Names, sizes and write times of the article files: equal fingerprints mean nothing to re-index.</summary>
internal static class ContentFingerprint
{
    public static string Compute(string directory) =>
        string.Join('\n', ContentLoader.ListFiles(directory).Select(path =>
        {
            var file = new FileInfo(path);
            return file.Exists ? $"{file.Name}|{file.Length}|{file.LastWriteTimeUtc.Ticks}" : file.Name;
        }));
}
