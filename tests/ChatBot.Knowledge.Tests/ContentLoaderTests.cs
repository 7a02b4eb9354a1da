using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Tests;

public sealed class ContentLoaderTests
{
    [Fact]
    public async Task LoadAsync_BrokenFilesNextToGoodOnes_LoadsTheGoodOnesAndLogsEachBrokenFileByName()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.SeedArticle, folder.Combine("article-2022-07-30.txt"));
        await File.WriteAllTextAsync(folder.Combine("notes.md"), "# Notes\n\nA good markdown article.\n");
        await File.WriteAllBytesAsync(folder.Combine("binary.txt"), [0x41, 0xC3, 0x28, 0xFF, 0xFE]);
        await File.WriteAllTextAsync(folder.Combine("unclosed.md"), "---\ntitle: oops\nno closing line\n");
        await File.WriteAllTextAsync(folder.Combine("README.md"), "# About this folder\n\nNot an article.\n");
        await File.WriteAllTextAsync(folder.Combine("image.png"), "not text");
        var logger = new ListLogger<ContentLoader>();

        var articles = await new ContentLoader(logger).LoadAsync(folder.Path, CancellationToken.None);

        Assert.Equal(["article-2022-07-30", "notes"], articles.Select(a => a.Id));
        var errors = logger.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Contains(errors, m => m.Contains("binary.txt", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("unclosed.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_MissingFolder_ReturnsNoArticles()
    {
        using var folder = new TemporaryFolder();

        var articles = await new ContentLoader(new ListLogger<ContentLoader>()).LoadAsync(folder.Combine("absent"), CancellationToken.None);

        Assert.Empty(articles);
    }

    [Fact]
    public async Task LoadAsync_ArticleOverTheSizeLimit_SkipsItWithALogLineAndLoadsTheOthers()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.SeedArticle, folder.Combine("article-2022-07-30.txt"));
        await File.WriteAllTextAsync(folder.Combine("huge.txt"), "Huge\n\n" + string.Join("\n\n", Enumerable.Repeat("A paragraph of a far too long article.", 2_000)));
        var logger = new ListLogger<ContentLoader>();
        var options = Options.Create(new ContentOptions { MaxArticleBytes = new FileInfo(RepositoryPaths.SeedArticle).Length + 1 });

        var articles = await new ContentLoader(logger, options).LoadAsync(folder.Path, CancellationToken.None);

        Assert.Equal(["article-2022-07-30"], articles.Select(a => a.Id));
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("huge.txt", StringComparison.Ordinal)
            && e.Message.Contains("Content:MaxArticleBytes", StringComparison.Ordinal));
    }
}
