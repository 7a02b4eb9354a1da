namespace ChatBot.Knowledge.Tests;

/// <summary>Folders of the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string SquadSample => Path.Combine(Root, "tests", "fixtures", "squad-dev-sample");

    public static string SeedArticle => Path.Combine(Root, "content", "article-2022-07-30.txt");
}
