using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge;

/// <summary>
/// Sentence embeddings on disk, keyed by the SHA-256 of the text, one file per model, so a restart embeds only text
/// that changed. The file is an append-only log: a header, then one record per vector (hash, floats, CRC-32 of both),
/// appended and flushed as each chunk of sentences is embedded, so a build that is stopped part-way resumes where it
/// stopped. A record torn by a crash mid-write fails its checksum (or is short): reading stops there and the file is
/// cut back to the last whole record, so a crash costs at most the chunk being written, never the file. Vectors of
/// text that left the content stay in the log until <see cref="CompactAsync"/> rewrites it (atomically: temporary
/// file, then rename). Between index builds the vectors live only in the index (<see cref="VectorIndex"/>).
/// </summary>
internal sealed partial class EmbeddingCache : IDisposable
{
    private const int Magic = 0x4B42_4532; // "KBE2": v1 files (one block written at the end) are read as unknown and replaced
    private const int HeaderLength = 8;
    private const int HashLength = 32;

    private readonly ITextEmbedder _embedder;
    private readonly ILogger<EmbeddingCache> _logger;
    private readonly string _directory;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Vectors the file could not take (read-only or full disk): kept here so nothing is embedded twice.</summary>
    private readonly Dictionary<string, float[]> _unsaved = new(StringComparer.Ordinal);

    /// <summary>Set once a write failed, so the failure is reported once.</summary>
    private bool _writeFailed;

    public EmbeddingCache(ITextEmbedder embedder, IOptions<KnowledgeOptions> options, ILogger<EmbeddingCache> logger)
    {
        _embedder = embedder;
        _logger = logger;
        _directory = Path.GetFullPath(options.Value.CacheDirectory, Environment.CurrentDirectory);
    }

    /// <summary>Named when used, not when created: the model's variant is chosen on the first build.</summary>
    private string CacheFile => Path.Combine(_directory, $"{(_embedder is IEmbeddingModel model ? model.CacheName : _embedder.ModelName)}.embeddings.bin");

    private int RecordLength => HashLength + (_embedder.Dimensions * sizeof(float)) + sizeof(uint);

    /// <summary>How many records the file held at the last read, counting stale and repeated ones.</summary>
    public long StoredRecords { get; private set; }

    public static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Every vector the file holds (the last record wins for a repeated key); an unreadable file counts as empty.</summary>
    public async Task<Dictionary<string, float[]>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadUnlockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Appends vectors and flushes them to disk; returns false (and logs once) when the file cannot be written.</summary>
    public async Task<bool> AppendAsync(IReadOnlyList<KeyValuePair<string, float[]>> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return true;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var buffer = new byte[entries.Count * RecordLength];
            for (var i = 0; i < entries.Count; i++)
            {
                WriteRecord(entries[i].Key, entries[i].Value, buffer.AsSpan(i * RecordLength, RecordLength));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
            await using var stream = new FileStream(CacheFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16, useAsync: true);
            if (stream.Length < HeaderLength || !await HasHeaderAsync(stream, cancellationToken))
            {
                stream.SetLength(0);
                await stream.WriteAsync(Header(), cancellationToken);
            }

            // A torn tail (a crash mid-append, not yet read back) is cut first, so new records stay aligned.
            var aligned = HeaderLength + ((stream.Length - HeaderLength) / RecordLength * RecordLength);
            stream.SetLength(aligned);
            stream.Position = aligned;
            await stream.WriteAsync(buffer, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
            StoredRecords += entries.Count;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!_writeFailed)
            {
                _writeFailed = true;
                _logger.LogWarning(ex, "Could not write the embedding cache {CacheFile}; the next start will embed again", CacheFile);
            }

            foreach (var (key, vector) in entries)
            {
                _unsaved[key] = vector;
            }

            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rewrites the file with only <paramref name="live"/> when it holds more stale vectors than live ones.</summary>
    public async Task CompactAsync(IReadOnlyCollection<string> live, CancellationToken cancellationToken)
    {
        var storedRecords = StoredRecords;
        if (storedRecords <= 2L * live.Count || _writeFailed)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var vectors = await ReadUnlockedAsync(cancellationToken);
            var temporary = $"{CacheFile}.{Environment.ProcessId}.tmp";
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await stream.WriteAsync(Header(), cancellationToken);
                var record = new byte[RecordLength];
                foreach (var key in live)
                {
                    if (vectors.TryGetValue(key, out var vector))
                    {
                        WriteRecord(key, vector, record);
                        await stream.WriteAsync(record, cancellationToken);
                    }
                }

                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, CacheFile, overwrite: true);
            StoredRecords = live.Count(vectors.ContainsKey);
            LogCompacted(CacheFile, storedRecords, live.Count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not compact the embedding cache {CacheFile}; it keeps its stale vectors", CacheFile);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Embeddings of <paramref name="texts"/>, from the cache where present; new ones are embedded and appended.</summary>
    public async Task<float[][]> GetOrEmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = await ReadAllAsync(cancellationToken);
        var keys = texts.Select(Key).ToArray();
        var missing = Enumerable.Range(0, texts.Count).Where(i => !vectors.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToArray();
        if (missing.Length > 0)
        {
            var embedded = await _embedder.EmbedBatchAsync(missing.Select(i => texts[i]).ToArray(), cancellationToken);
            var entries = missing.Select((i, n) => KeyValuePair.Create(keys[i], embedded[n])).ToArray();
            foreach (var (key, vector) in entries)
            {
                vectors[key] = vector;
            }

            await AppendAsync(entries, cancellationToken);
        }

        return keys.Select(k => vectors[k]).ToArray();
    }

    public void Dispose() => _gate.Dispose();

    private byte[] Header()
    {
        var header = new byte[HeaderLength];
        BinaryPrimitives.WriteInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), _embedder.Dimensions);
        return header;
    }

    private async Task<bool> HasHeaderAsync(FileStream stream, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderLength];
        stream.Position = 0;
        await stream.ReadExactlyAsync(header, cancellationToken);
        return header.AsSpan().SequenceEqual(Header());
    }

    private static void WriteRecord(string key, float[] vector, Span<byte> record)
    {
        Convert.FromHexString(key).CopyTo(record);
        MemoryMarshal.AsBytes(vector.AsSpan()).CopyTo(record[HashLength..]);
        var body = record[..^sizeof(uint)];
        BinaryPrimitives.WriteUInt32LittleEndian(record[^sizeof(uint)..], Crc32.HashToUInt32(body));
    }

    private async Task<Dictionary<string, float[]>> ReadUnlockedAsync(CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<string, float[]>(_unsaved, StringComparer.Ordinal);
        StoredRecords = 0;
        if (!File.Exists(CacheFile))
        {
            return vectors;
        }

        try
        {
            await using var stream = new FileStream(CacheFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, useAsync: true);
            if (stream.Length < HeaderLength || !await HasHeaderAsync(stream, cancellationToken))
            {
                LogUnknownFile(CacheFile);
                return vectors;
            }

            var dimensions = _embedder.Dimensions;
            var record = new byte[RecordLength];
            var good = (long)HeaderLength;
            while (await ReadRecordAsync(stream, record, cancellationToken))
            {
                var body = record.AsSpan(0, RecordLength - sizeof(uint));
                if (Crc32.HashToUInt32(body) != BinaryPrimitives.ReadUInt32LittleEndian(record.AsSpan(RecordLength - sizeof(uint))))
                {
                    break;
                }

                var vector = new float[dimensions];
                MemoryMarshal.Cast<byte, float>(body[HashLength..]).CopyTo(vector);
                vectors[Convert.ToHexString(body[..HashLength])] = vector;
                good += RecordLength;
                StoredRecords++;
            }

            if (good < stream.Length)
            {
                // A crash mid-append left a partial or garbled record: drop it (and anything after it) so appends stay aligned.
                LogTruncated(CacheFile, stream.Length - good);
                await stream.DisposeAsync();
                using var writable = new FileStream(CacheFile, FileMode.Open, FileAccess.Write, FileShare.Read);
                writable.SetLength(good);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Ignored unreadable embedding cache {CacheFile}; sentences will be embedded again", CacheFile);
            vectors = new Dictionary<string, float[]>(_unsaved, StringComparer.Ordinal);
        }

        return vectors;
    }

    private static async Task<bool> ReadRecordAsync(FileStream stream, byte[] record, CancellationToken cancellationToken)
    {
        var read = await stream.ReadAtLeastAsync(record, record.Length, throwOnEndOfStream: false, cancellationToken);
        return read == record.Length;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding cache {CacheFile} ended in {Bytes} bytes of an unfinished write; they were dropped")]
    private partial void LogTruncated(string cacheFile, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored embedding cache {CacheFile}: not a cache of this format and model; it will be replaced")]
    private partial void LogUnknownFile(string cacheFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compacted embedding cache {CacheFile} from {Stored} to {Live} vectors")]
    private partial void LogCompacted(string cacheFile, long stored, int live);
}
