namespace ChatBot.Knowledge;

/// <summary>
/// Resolves a configured folder: an absolute path as is; a relative one against the current directory
/// first, then against each folder above <see cref="AppContext.BaseDirectory"/> (so the repository's
/// <c>content/</c> is found from <c>dotnet run</c> and from a test's bin folder alike).
/// </summary>
internal static class ContentPathResolver
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var fromCurrent = Path.GetFullPath(path, Environment.CurrentDirectory);
        if (Directory.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return fromCurrent;
    }
}
