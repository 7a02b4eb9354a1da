namespace ChatBot.TestSupport;

/// <summary>The repository checkout the tests run from: the folder above the test binaries that holds ChatBot.sln.</summary>
/// <remarks>One source file, compiled into each test project that needs it (linked from tests/Shared).</remarks>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ChatBot.sln above {AppContext.BaseDirectory}.");
    }
}
