using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge;

/// <summary>
/// Loads and indexes the content folder at start, then re-indexes whenever a file is added, changed or
/// removed: a <see cref="FileSystemWatcher"/> reacts at once and a poll of the folder's fingerprint
/// catches anything the watcher misses (network shares, containers). The first build is published as soon as its
/// lexical index is ready and embedded in the background meanwhile (<see cref="SnapshotEmbedder"/>); a later build
/// is published once complete, so queries keep using the previous snapshot until then. A folder that is gone, not a
/// folder, unreadable or emptied of every article never replaces a good index: the loop keeps the last one, reports
/// why on <see cref="ContentHealth"/> (and in the log), and re-indexes by itself once the folder reads again.
/// </summary>
internal sealed partial class KnowledgeIndexingService(
    KnowledgeBase knowledgeBase,
    ContentLoader loader,
    SnapshotBuilder builder,
    SnapshotEmbedder snapshotEmbedder,
    IEmbeddingModel embedder,
    IContentFolder folder,
    ContentHealth health,
    IOptions<ContentOptions> contentOptions,
    IOptions<KnowledgeOptions> knowledgeOptions,
    ILogger<KnowledgeIndexingService> logger) : BackgroundService
{
    private static readonly TimeSpan _settleDelay = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _changed = new(0, 1);

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting while the content is indexed
        var directory = ContentPathResolver.Resolve(contentOptions.Value.Path);
        var pollInterval = TimeSpan.FromSeconds(contentOptions.Value.PollIntervalSeconds);
        var indexed = await TryIndexAsync(directory, fingerprint: null, stoppingToken);
        using var watcher = CreateWatcher(directory);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _changed.WaitAsync(pollInterval, stoppingToken);
                var current = Inspect(directory);
                if (current is null)
                {
                    // Forget what was indexed, so the folder coming back (even unchanged) is re-indexed and clears the problem.
                    indexed = null;
                }
                else if (current != indexed)
                {
                    await Task.Delay(_settleDelay, stoppingToken); // let an editor finish writing
                    indexed = await TryIndexAsync(directory, indexed, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The loop is the service's only way to notice content changes: it must outlive any fault.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                ReportProblem(directory, $"could not be checked for changes ({ex.GetType().Name}: {ex.Message})", ex);
                indexed = null;
            }
        }
    }

    private async Task<string?> TryIndexAsync(string directory, string? fingerprint, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            var first = fingerprint is null && !knowledgeBase.IsReady;
            var current = Inspect(directory);
            if (current is null && knowledgeBase.IsReady)
            {
                return null; // the last good index stays; Inspect reported why
            }

            IReadOnlyList<Article> articles = current is null ? [] : await loader.LoadAsync(directory, cancellationToken);
            if (articles.Count == 0 && current is not null)
            {
                var held = knowledgeBase.Articles.Count;
                ReportProblem(directory, held > 0 ? $"holds no readable article (the index kept has {held})" : "holds no readable article", null);
                if (held > 0)
                {
                    return current; // re-indexed when the folder changes again
                }
            }

            // On the first build, load the model alongside the index build. Questions do not wait for it: until it has
            // loaded they are answered from the lexical index (EvidenceCollector). The articles' number picks the
            // model first, so a large archive never loads the float model (about 90 MB and 0.7 CPU-s it never uses),
            // and Warm leaves an int8 model that is not yet quantized to the background embedder: quantizing while
            // the index is built delayed the first cited answer at 2,500 articles from 7.4 s (13.4 CPU-s) to 13.0 s
            // (23.4 CPU-s; scale benchmark, one run each, load 3-4).
            var warm = Task.CompletedTask;
            if (first)
            {
                embedder.ChooseFor(articles.Sum(a => a.Paragraphs.Sum(p => p.Sentences.Count)));
                warm = Task.Run(embedder.Warm, cancellationToken);
            }

            var snapshot = await builder.BuildAsync(articles, cancellationToken);
            if (first && snapshot.SentenceVectors.Count - snapshot.SentenceVectors.PresentCount > knowledgeOptions.Value.AnswerWhileEmbeddingAbove)
            {
                knowledgeBase.Publish(snapshot);
            }

            LogIndexed(articles.Count, snapshot.Passages.Count, directory, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            await warm;
            await snapshotEmbedder.CompleteAsync(snapshot, cancellationToken);
            knowledgeBase.Publish(snapshot);
            if (articles.Count > 0 && health.Clear())
            {
                LogContentRecovered(directory, articles.Count);
            }

            LogComplete(articles.Count, snapshot.SentenceVectors.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
            return current;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Indexing {ContentPath} failed; the previous content stays in use", directory);
            health.Report($"could not be indexed ({ex.GetType().Name}: {ex.Message})");
            return fingerprint;
        }
    }

    /// <summary>The folder's fingerprint, or null (reported on <see cref="ContentHealth"/> and logged once) when
    /// it is gone, is a file, or cannot be listed.</summary>
    private string? Inspect(string directory)
    {
        if (File.Exists(directory))
        {
            ReportProblem(directory, "is a file, not a folder", null);
            return null;
        }

        if (!Directory.Exists(directory))
        {
            ReportProblem(directory, "does not exist", null);
            return null;
        }

        try
        {
            return folder.Fingerprint(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            ReportProblem(directory, $"cannot be read ({ex.GetType().Name}: {ex.Message})", ex);
            return null;
        }
    }

    private void ReportProblem(string directory, string reason, Exception? error)
    {
        if (health.Report(reason))
        {
            LogContentProblem(directory, reason, knowledgeBase.Articles.Count, error);
        }
    }

    private FileSystemWatcher? CreateWatcher(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning(ex, "Watching {ContentPath} failed; polling for changes instead", directory);
            return null;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (_changed.CurrentCount == 0)
        {
            try
            {
                _changed.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another event already signalled the pending change.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Content folder {ContentPath} {Reason}; the index in use ({ArticleCount} articles) stays until the folder reads again")]
    private partial void LogContentProblem(string contentPath, string reason, int articleCount, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content folder {ContentPath} reads again: {ArticleCount} articles indexed")]
    private partial void LogContentRecovered(string contentPath, int articleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {ArticleCount} articles ({PassageCount} paragraphs) from {ContentPath} in {ElapsedMs} ms")]
    private partial void LogIndexed(int articleCount, int passageCount, string contentPath, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index complete: {ArticleCount} articles, {SentenceCount} sentences embedded, {ElapsedMs} ms after the build started")]
    private partial void LogComplete(int articleCount, int sentenceCount, double elapsedMs);
}
