namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>Finds the repository (the folder holding ChatBot.sln) from the test's bin folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string SquadSample => Path.Combine(Root, "tests", "fixtures", "squad-dev-sample");

    /// <summary>Embedding cache shared by test runs (git-ignored), so only the first run embeds the articles.</summary>
    public static string EmbeddingCache => Path.Combine(Root, ".cache", "knowledge-tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
