using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Tests;

public sealed class EmbeddingCacheTests
{
    private sealed class CountingEmbedder : ITextEmbedder
    {
        public List<string> Embedded { get; } = [];

        public string ModelName => "counting-test-model";

        public int Dimensions => 4;

        public Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken) => Task.FromResult(Vector(text));

        public Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Embedded.AddRange(texts);
            return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(Vector).ToArray());
        }

        private static float[] Vector(string text) => [text.Length, text[0], 1, 0];
    }

    private static EmbeddingCache CreateCache(ITextEmbedder embedder, string folder) =>
        new(embedder, Options.Create(new KnowledgeOptions { CacheDirectory = folder }), NullLogger<EmbeddingCache>.Instance);

    [Fact]
    public async Task GetOrEmbedAsync_RestartWithUnchangedText_EmbedsOnlyNewText()
    {
        using var folder = new TemporaryFolder();
        var firstEmbedder = new CountingEmbedder();
        using (var first = CreateCache(firstEmbedder, folder.Path))
        {
            await first.GetOrEmbedAsync(["Alpha sentence.", "Beta sentence."], CancellationToken.None);
        }

        var secondEmbedder = new CountingEmbedder();
        using var second = CreateCache(secondEmbedder, folder.Path);
        var vectors = await second.GetOrEmbedAsync(["Beta sentence.", "Gamma sentence.", "Alpha sentence."], CancellationToken.None);

        Assert.Equal(["Alpha sentence.", "Beta sentence."], firstEmbedder.Embedded);
        Assert.Equal(["Gamma sentence."], secondEmbedder.Embedded);
        Assert.Equal([14f, 'B', 1, 0], vectors[0]);
        Assert.Equal([15f, 'A', 1, 0], vectors[2]);
    }

    [Fact]
    public async Task GetOrEmbedAsync_CorruptCacheFile_EmbedsAgainInsteadOfFailing()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "counting-test-model.embeddings.bin"), [1, 2, 3]);
        var embedder = new CountingEmbedder();
        using var cache = CreateCache(embedder, folder.Path);

        var vectors = await cache.GetOrEmbedAsync(["Alpha sentence."], CancellationToken.None);

        Assert.Equal(["Alpha sentence."], embedder.Embedded);
        Assert.Equal([15f, 'A', 1, 0], vectors[0]);
    }

    [Fact]
    public async Task GetOrEmbedAsync_ContentChangedWhileRunning_EmbedsOnlyTheNewText()
    {
        using var folder = new TemporaryFolder();
        var embedder = new CountingEmbedder();
        using var cache = CreateCache(embedder, folder.Path);
        await cache.GetOrEmbedAsync(["Alpha sentence.", "Beta sentence."], CancellationToken.None);

        var vectors = await cache.GetOrEmbedAsync(["Beta sentence.", "Gamma sentence."], CancellationToken.None);

        Assert.Equal(["Alpha sentence.", "Beta sentence.", "Gamma sentence."], embedder.Embedded);
        Assert.Equal([14f, 'B', 1, 0], vectors[0]);
    }

    [Fact]
    public async Task GetOrEmbedAsync_CacheFolderNotWritable_StillEmbedsEachTextOnlyOnce()
    {
        using var folder = new TemporaryFolder();
        var blocked = Path.Combine(folder.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "a file where the cache folder should be");
        var embedder = new CountingEmbedder();
        using var cache = CreateCache(embedder, blocked);
        await cache.GetOrEmbedAsync(["Alpha sentence."], CancellationToken.None);

        await cache.GetOrEmbedAsync(["Alpha sentence.", "Beta sentence."], CancellationToken.None);

        Assert.Equal(["Alpha sentence.", "Beta sentence."], embedder.Embedded);
    }
}
