namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Content => Path.Combine(Root, "content");

    public static string SquadSample => Path.Combine(Root, "tests", "fixtures", "squad-dev-sample");

    /// <summary>One CoQA CNN story (the fixture copy; the full sample lives outside the repository).</summary>
    public static string CoqaSample => Path.Combine(Root, "tests", "fixtures", "coqa-news-sample");

    /// <summary>Embedding cache shared by test runs (git-ignored), so only the first run embeds the articles.</summary>
    public static string EmbeddingCache => Path.Combine(Root, ".cache", "knowledge-tests");
}
