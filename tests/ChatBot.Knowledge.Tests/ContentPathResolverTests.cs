namespace ChatBot.Knowledge.Tests;

public sealed class ContentPathResolverTests
{
    [Fact]
    public void Resolve_RelativeFolderMissingFromCurrentDirectory_FindsItAboveTheBaseDirectory()
    {
        var resolved = ContentPathResolver.Resolve("content");

        Assert.Equal(Path.Combine(RepositoryPaths.Root, "content"), resolved);
    }

    [Fact]
    public void Resolve_AbsolutePath_IsKeptAsIs()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal(folder.Path, ContentPathResolver.Resolve(folder.Path));
    }
}
