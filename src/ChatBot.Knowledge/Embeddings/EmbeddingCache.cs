using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge;

/// <summary>
/// Passage embeddings on disk, keyed by the SHA-256 of the text, one file per model, so a restart embeds
/// only text that changed. The file is rewritten atomically (temporary file, then rename). Between index builds the
/// vectors live only in the index (<see cref="VectorIndex"/>): once the file holds them all, the in-memory copy is
/// dropped and the next build (a content change) reads the file again, rather than keeping every vector twice.
/// </summary>
internal sealed class EmbeddingCache : IDisposable
{
    private const int Magic = 0x4B42_4531; // "KBE1"
    private const int HashLength = 32;

    private readonly ITextEmbedder _embedder;
    private readonly ILogger<EmbeddingCache> _logger;
    private readonly string _file;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConcurrentDictionary<string, float[]>? _vectors;

    public EmbeddingCache(ITextEmbedder embedder, IOptions<KnowledgeOptions> options, ILogger<EmbeddingCache> logger)
    {
        _embedder = embedder;
        _logger = logger;
        var directory = Path.GetFullPath(options.Value.CacheDirectory, Environment.CurrentDirectory);
        _file = Path.Combine(directory, $"{embedder.ModelName}.embeddings.bin");
    }

    /// <summary>Embeddings of <paramref name="texts"/>, from the cache where present; new ones are embedded and saved.</summary>
    public async Task<float[][]> GetOrEmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var vectors = _vectors ?? await LoadAsync(cancellationToken);
            var saved = true;
            var keys = texts.Select(Key).ToArray();
            var missing = Enumerable.Range(0, texts.Count).Where(i => !vectors.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToArray();
            if (missing.Length > 0)
            {
                var started = TimeProvider.System.GetTimestamp();
                var embedded = await _embedder.EmbedBatchAsync(missing.Select(i => texts[i]).ToArray(), cancellationToken);
                for (var i = 0; i < missing.Length; i++)
                {
                    vectors[keys[missing[i]]] = embedded[i];
                }

                _logger.LogInformation("Embedded {Count} new passages with {Model} in {ElapsedMs} ms", missing.Length, _embedder.ModelName, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
                saved = await SaveAsync(vectors, cancellationToken);
            }

            // Kept only while the file lacks some of them (it could not be written), so nothing is embedded twice.
            _vectors = saved ? null : vectors;
            return keys.Select(k => vectors[k]).ToArray();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<ConcurrentDictionary<string, float[]>> LoadAsync(CancellationToken cancellationToken)
    {
        var vectors = new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(_file))
        {
            return vectors;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(_file, cancellationToken);
            using var reader = new BinaryReader(new MemoryStream(bytes));
            var dimensions = _embedder.Dimensions;
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != dimensions)
            {
                throw new InvalidDataException("Unknown header.");
            }

            var count = reader.ReadInt32();
            for (var n = 0; n < count; n++)
            {
                var key = Convert.ToHexString(reader.ReadBytes(HashLength));
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                vectors[key] = vector;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Ignored unreadable embedding cache {CacheFile}; passages will be embedded again", _file);
            vectors.Clear();
        }

        return vectors;
    }

    /// <returns>Whether the file now holds every vector.</returns>
    private async Task<bool> SaveAsync(ConcurrentDictionary<string, float[]> vectors, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = $"{_file}.{Environment.ProcessId}.tmp";
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                using var buffer = new MemoryStream();
                using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(_embedder.Dimensions);
                    writer.Write(vectors.Count);
                    foreach (var (key, vector) in vectors)
                    {
                        writer.Write(Convert.FromHexString(key));
                        foreach (var value in vector)
                        {
                            writer.Write(value);
                        }
                    }
                }

                buffer.Position = 0;
                await buffer.CopyToAsync(stream, cancellationToken);
            }

            File.Move(temporary, _file, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not save the embedding cache {CacheFile}; the next start will embed again", _file);
            return false;
        }
    }
}
