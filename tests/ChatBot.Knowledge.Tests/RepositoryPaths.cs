namespace ChatBot.Knowledge.Tests;

/// <summary>Folders of the repository, found by walking up from the test's bin folder to ChatBot.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SquadSample => Path.Combine(Root, "tests", "fixtures", "squad-dev-sample");

    public static string SeedArticle => Path.Combine(Root, "content", "article-2022-07-30.txt");

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
