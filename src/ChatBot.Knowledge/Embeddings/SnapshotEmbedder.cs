using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge;

/// <summary>
/// Embeds the sentences a published snapshot still lacks, in the background: newest articles first, in chunks whose
/// vectors go into the index (usable by the next question) and are appended to the cache (an interrupted build
/// resumes after the last chunk). A question can also have the paragraphs it is about embedded at once
/// (<see cref="EnsureAsync"/>), so it gets hybrid evidence before the background reaches them.
/// </summary>
internal sealed partial class SnapshotEmbedder(EmbeddingCache cache, IEmbeddingModel model, KnowledgeBase knowledgeBase, ILogger<SnapshotEmbedder> logger)
{
    /// <summary>
    /// Sentences per step: large enough that sorting a chunk by length leaves little padding and that the cache file
    /// is written in a few hundred appends for a large archive, small enough that a stop loses only seconds of work.
    /// </summary>
    private const int ChunkSize = 512;

    /// <summary>
    /// Sentences per model call in the background, the model's own batch size: between two calls, a question that came
    /// in meanwhile gets its core (<see cref="QuestionsInFlight"/>) within tens of milliseconds.
    /// </summary>
    private const int StepSize = 16;

    private static readonly TimeSpan s_logInterval = TimeSpan.FromSeconds(5);

    /// <summary>Background model calls at once: one per core (each call runs on one thread), at most four.</summary>
    public static int BackgroundCalls => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Embeds every sentence of <paramref name="snapshot"/> that has no vector yet; returns how many texts were embedded.</summary>
    public async Task<int> CompleteAsync(KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var vectors = snapshot.SentenceVectors;
        knowledgeBase.Rate.Start(vectors.PresentCount);
        if (vectors.IsComplete)
        {
            await cache.CompactAsync(snapshot.SentenceKeys.ToHashSet(StringComparer.Ordinal), cancellationToken);
            return 0;
        }

        ThreadPoolHeadroom.Ensure(BackgroundCalls);
        var started = TimeProvider.System.GetTimestamp();
        var lastLog = started;
        var logLock = new Lock();
        var groups = MissingInOrder(snapshot);
        LogStarted(vectors.Count - vectors.PresentCount, groups.Count, model.ModelName);
        var embedded = 0;

        // One chunk per core at a time (each model call runs on one thread): the wall time of a single-threaded call
        // without its CPU overhead. Chunks start in order, so the newest articles still come first.
        var chunks = Enumerable.Range(0, (groups.Count + ChunkSize - 1) / ChunkSize).Select(c => c * ChunkSize);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = BackgroundCalls, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, parallel, async (offset, token) =>
        {
            var chunk = groups.Skip(offset).Take(ChunkSize).Where(rows => !rows.TrueForAll(vectors.Has)).ToList();
            Interlocked.Add(ref embedded, await EmbedAsync(snapshot, [.. chunk.Where(rows => !CopyWithin(snapshot, rows))], background: true, token));
            lock (logLock)
            {
                if (TimeProvider.System.GetElapsedTime(lastLog) < s_logInterval)
                {
                    return;
                }

                lastLog = TimeProvider.System.GetTimestamp();
            }

            var progress = knowledgeBase.Progress;
            LogProgress(progress.ArticlesEmbedded, progress.Articles, progress.SentencesEmbedded, progress.Sentences,
                progress.SentencesPerSecond ?? 0, progress.Remaining?.TotalSeconds ?? 0);
        });

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        LogEmbedded(embedded, model.ModelName, elapsed.TotalMilliseconds, embedded / Math.Max(elapsed.TotalSeconds, 1e-3));
        await cache.CompactAsync(snapshot.SentenceKeys.ToHashSet(StringComparer.Ordinal), cancellationToken);
        return embedded;
    }

    /// <summary>Embeds now the sentences of <paramref name="passages"/> that have no vector yet.</summary>
    public async Task EnsureAsync(KnowledgeSnapshot snapshot, IEnumerable<int> passages, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var p in passages)
        {
            var passage = snapshot.Passages[p];
            for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
            {
                if (!snapshot.SentenceVectors.Has(s))
                {
                    Add(byKey, snapshot.SentenceKeys[s], s);
                }
            }
        }

        if (byKey.Count > 0)
        {
            await EmbedAsync(snapshot, [.. byKey.Values], background: false, cancellationToken);
        }
    }

    /// <summary>
    /// Fills a group's rows from one of them that already has its vector (a question had that sentence embedded in
    /// one of its paragraphs, not in the others that repeat it); false when none has one.
    /// </summary>
    private static bool CopyWithin(KnowledgeSnapshot snapshot, List<int> rows)
    {
        var present = rows.FindIndex(snapshot.SentenceVectors.Has);
        if (present < 0)
        {
            return false;
        }

        var vector = snapshot.SentenceVectors[rows[present]].ToArray();
        foreach (var row in rows)
        {
            snapshot.SentenceVectors.Set(row, vector);
            var p = snapshot.SentenceOwners[row];
            var passage = snapshot.Passages[p];
            if (!snapshot.PassageVectors.Has(p) && snapshot.SentenceVectors.HasAll(passage.FirstSentence, passage.SentenceCount))
            {
                snapshot.PassageVectors.Set(p, snapshot.SentenceVectors.NormalizedMean(passage.FirstSentence, passage.SentenceCount));
            }
        }

        return true;
    }

    /// <summary>
    /// Embeds one text per group (its rows share the text), fills the rows and the paragraphs they complete, and saves.
    /// In the <paramref name="background"/>: one model batch at a time, each when <see cref="QuestionsInFlight"/> has a
    /// slot, and what is done is saved even when the build is stopped part-way; for a question, at once.
    /// </summary>
    private async Task<int> EmbedAsync(KnowledgeSnapshot snapshot, List<List<int>> groups, bool background, CancellationToken cancellationToken)
    {
        if (groups.Count == 0)
        {
            return 0;
        }

        if (!background)
        {
            await StoreAsync(snapshot, groups, await model.EmbedBatchAsync([.. groups.Select(rows => snapshot.SentenceText(rows[0]))], cancellationToken));
            return groups.Count;
        }

        // Equal lengths in one batch, as the model would group them itself: little padding. Each batch's vectors are
        // usable at once; the cache is appended once for the chunk, or for what was done of it when the build stops.
        var entries = new List<KeyValuePair<string, float[]>>(groups.Count);
        try
        {
            foreach (var step in groups.OrderBy(rows => model.PaddingLength(snapshot.SentenceText(rows[0]))).Chunk(StepSize))
            {
                IReadOnlyList<float[]> vectors;
                using (await knowledgeBase.Questions.BackgroundSlotAsync(cancellationToken))
                {
                    vectors = await model.EmbedBatchAsync([.. step.Select(rows => snapshot.SentenceText(rows[0]))], cancellationToken);
                }

                entries.AddRange(Fill(snapshot, step, vectors));
            }
        }
        finally
        {
            await cache.AppendAsync(entries, CancellationToken.None); // embedded work is saved even when the build is being stopped
        }

        return groups.Count;
    }

    private async Task StoreAsync(KnowledgeSnapshot snapshot, IReadOnlyList<List<int>> groups, IReadOnlyList<float[]> embedded) =>
        await cache.AppendAsync(Fill(snapshot, groups, embedded), CancellationToken.None); // saved even when the build is being stopped

    /// <summary>Sets each group's rows and the paragraphs they complete; returns the cache entries to append.</summary>
    private static KeyValuePair<string, float[]>[] Fill(KnowledgeSnapshot snapshot, IReadOnlyList<List<int>> groups, IReadOnlyList<float[]> embedded)
    {
        var entries = new KeyValuePair<string, float[]>[groups.Count];
        var touched = new HashSet<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var row in groups[g])
            {
                snapshot.SentenceVectors.Set(row, embedded[g]);
                touched.Add(snapshot.SentenceOwners[row]);
            }

            entries[g] = KeyValuePair.Create(snapshot.SentenceKeys[groups[g][0]], embedded[g]);
        }

        foreach (var p in touched)
        {
            var passage = snapshot.Passages[p];
            if (!snapshot.PassageVectors.Has(p) && snapshot.SentenceVectors.HasAll(passage.FirstSentence, passage.SentenceCount))
            {
                snapshot.PassageVectors.Set(p, snapshot.SentenceVectors.NormalizedMean(passage.FirstSentence, passage.SentenceCount));
            }
        }

        return entries;
    }

    /// <summary>
    /// The rows still without a vector, grouped by text (a sentence that recurs is embedded once), newest article first
    /// (undated ones last, in file order): the articles a reader is likeliest to ask about get full retrieval first.
    /// </summary>
    private static List<List<int>> MissingInOrder(KnowledgeSnapshot snapshot)
    {
        var firstPassage = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        for (var p = snapshot.Passages.Count - 1; p >= 0; p--)
        {
            firstPassage[snapshot.Passages[p].Article] = p;
        }

        var articles = snapshot.Articles
            .Select((article, index) => (article, index))
            .OrderByDescending(a => a.article.Date ?? DateOnly.MinValue)
            .ThenBy(a => a.index)
            .Select(a => a.article);
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ordered = new List<List<int>>();
        foreach (var article in articles)
        {
            if (!firstPassage.TryGetValue(article, out var p))
            {
                continue;
            }

            for (; p < snapshot.Passages.Count && ReferenceEquals(snapshot.Passages[p].Article, article); p++)
            {
                var passage = snapshot.Passages[p];
                for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
                {
                    if (!snapshot.SentenceVectors.Has(s) && Add(byKey, snapshot.SentenceKeys[s], s) is { } added)
                    {
                        ordered.Add(added);
                    }
                }
            }
        }

        return ordered;
    }

    /// <returns>The new group when <paramref name="key"/> was not seen before, else null.</returns>
    private static List<int>? Add(Dictionary<string, List<int>> byKey, string key, int row)
    {
        if (byKey.TryGetValue(key, out var rows))
        {
            rows.Add(row);
            return null;
        }

        byKey[key] = rows = [row];
        return rows;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedding {Sentences} sentences ({Distinct} distinct) with {Model} in the background; questions are answered meanwhile")]
    private partial void LogStarted(int sentences, int distinct, string model);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexing: {ArticlesEmbedded} of {Articles} articles and {SentencesEmbedded} of {Sentences} sentences embedded, {PerSecond:0} sentences a second, about {RemainingSeconds:0} s left")]
    private partial void LogProgress(int articlesEmbedded, int articles, int sentencesEmbedded, int sentences, double perSecond, double remainingSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded {Count} new sentences with {Model} in {ElapsedMs} ms ({PerSecond:0.0} a second)")]
    private partial void LogEmbedded(int count, string model, double elapsedMs, double perSecond);
}
