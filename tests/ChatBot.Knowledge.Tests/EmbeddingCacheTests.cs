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
    public async Task ReadAllAsync_CrashMidAppend_KeepsEveryWholeRecordAndAppendsAfterThem()
    {
        using var folder = new TemporaryFolder();
        var embedder = new CountingEmbedder();
        var file = Path.Combine(folder.Path, "counting-test-model.embeddings.bin");
        using (var first = CreateCache(embedder, folder.Path))
        {
            await first.AppendAsync([KeyValuePair.Create(EmbeddingCache.Key("Alpha."), new float[] { 1, 2, 3, 4 })], CancellationToken.None);
            await first.AppendAsync([KeyValuePair.Create(EmbeddingCache.Key("Beta."), new float[] { 5, 6, 7, 8 })], CancellationToken.None);
        }

        // A process killed while appending leaves part of a record: here half of one, then garbage in a whole one's place.
        var whole = new FileInfo(file).Length;
        await using (var stream = new FileStream(file, FileMode.Append))
        {
            await stream.WriteAsync(new byte[30]);
        }

        using var second = CreateCache(embedder, folder.Path);
        var afterCrash = await second.ReadAllAsync(CancellationToken.None);
        await second.AppendAsync([KeyValuePair.Create(EmbeddingCache.Key("Gamma."), new float[] { 9, 9, 9, 9 })], CancellationToken.None);
        var afterResume = await CreateCache(embedder, folder.Path).ReadAllAsync(CancellationToken.None);

        Assert.Equal(2, afterCrash.Count);
        Assert.Equal([5f, 6, 7, 8], afterCrash[EmbeddingCache.Key("Beta.")]);
        Assert.Equal(3, afterResume.Count);
        Assert.Equal([9f, 9, 9, 9], afterResume[EmbeddingCache.Key("Gamma.")]);
        Assert.Equal(whole + (whole - 8) / 2, new FileInfo(file).Length);
    }

    [Fact]
    public async Task ReadAllAsync_RecordWithWrongChecksum_StopsBeforeIt()
    {
        using var folder = new TemporaryFolder();
        var embedder = new CountingEmbedder();
        var file = Path.Combine(folder.Path, "counting-test-model.embeddings.bin");
        using (var cache = CreateCache(embedder, folder.Path))
        {
            await cache.AppendAsync(
                [KeyValuePair.Create(EmbeddingCache.Key("Alpha."), new float[] { 1, 2, 3, 4 }), KeyValuePair.Create(EmbeddingCache.Key("Beta."), new float[] { 5, 6, 7, 8 })],
                CancellationToken.None);
        }

        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^10] ^= 0xFF; // a flipped byte inside the second record's vector
        await File.WriteAllBytesAsync(file, bytes);

        var vectors = await CreateCache(embedder, folder.Path).ReadAllAsync(CancellationToken.None);

        Assert.Equal([EmbeddingCache.Key("Alpha.")], vectors.Keys);
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
