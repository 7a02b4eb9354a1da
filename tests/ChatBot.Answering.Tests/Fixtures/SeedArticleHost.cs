namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>The seed article (content/article-2022-07-30.txt) alone.</summary>
public sealed class SeedArticleHost : AnsweringHost
{
    protected override string ContentPath() => RepositoryPaths.Content;
}
