using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Knowledge.Tests;

/// <summary>The content folder failing under a running service: the last good index keeps answering, the problem is
/// reported, and the service recovers by itself.</summary>
public sealed class ContentFolderFaultTests
{
    private const string ArticleId = "article-2022-07-30";

    [Fact]
    public async Task Poll_FolderCannotBeListed_KeepsTheLastGoodIndexReportsWhyAndRecovers()
    {
        var folder = new FaultyContentFolder();
        await using var knowledge = await StartWithSeedArticleAsync(services => services.Replace(ServiceDescriptor.Singleton<IContentFolder>(folder)));

        folder.Failure = new UnauthorizedAccessException("Access to the path is denied.");
        Assert.True(await KnowledgeServiceFixture.Eventually(() => knowledge.Health.Problem is not null || knowledge.IndexingLoop.IsCompleted), "the fault was not reported");

        Assert.False(knowledge.IndexingLoop.IsCompleted, "the indexing loop died, which stops the host");
        Assert.Contains("cannot be read", knowledge.Health.Problem!.Reason, StringComparison.Ordinal);
        Assert.NotNull(knowledge.KnowledgeBase.FindArticle(ArticleId));

        folder.Failure = null;
        Assert.True(await KnowledgeServiceFixture.Eventually(() => knowledge.Health.Problem is null), "the service did not recover");
        Assert.NotNull(knowledge.KnowledgeBase.FindArticle(ArticleId));
    }

    [Theory]
    [InlineData("deleted", "does not exist")]
    [InlineData("replaced by a file", "is a file")]
    [InlineData("emptied", "holds no readable article")]
    public async Task Poll_FolderGone_KeepsTheLastGoodIndexReportsWhyAndReindexesWhenItIsBack(string fault, string expectedReason)
    {
        await using var knowledge = await StartWithSeedArticleAsync();
        var path = knowledge.Content.Path;

        Directory.Delete(path, recursive: true);
        if (fault == "replaced by a file")
        {
            await File.WriteAllTextAsync(path, "not a folder");
        }
        else if (fault == "emptied")
        {
            Directory.CreateDirectory(path);
        }

        // The poll may see the folder deleted before it is replaced: the reason follows what the folder is now.
        Assert.True(
            await KnowledgeServiceFixture.Eventually(() => knowledge.Health.Problem?.Reason.Contains(expectedReason, StringComparison.Ordinal) == true),
            $"the fault was not reported as '{expectedReason}' (reported: {knowledge.Health.Problem?.Reason})");
        Assert.NotNull(knowledge.KnowledgeBase.FindArticle(ArticleId));

        if (File.Exists(path))
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(path);
        File.Copy(RepositoryPaths.SeedArticle, Path.Combine(path, "article-2022-07-30.txt"));
        Assert.True(await KnowledgeServiceFixture.Eventually(() => knowledge.Health.Problem is null), "the service did not recover");
        Assert.NotNull(knowledge.KnowledgeBase.FindArticle(ArticleId));
    }

    private static Task<KnowledgeServiceFixture> StartWithSeedArticleAsync(Action<IServiceCollection>? configureServices = null) =>
        KnowledgeServiceFixture.StartAsync(
            content => File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt")),
            configureServices);
}
