using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;

namespace ChatBot.Benchmarks;

/// <summary>
/// Sentences embedded per CPU-second by the float model and by its int8 copy (<c>Knowledge:QuantizeAbove</c> 0 and -1),
/// on real news sentences (the CoQA stories in shared/eval, else the SQuAD sample), in this process and through
/// <see cref="Knowledge.ITextEmbedder"/> as indexing calls it, and how close the two variants' vectors are.
/// </summary>
internal static class EmbeddingSpeed
{
    private const int Chunk = 512;

    public static async Task RunAsync(int count, TextWriter log, CancellationToken cancellationToken)
    {
        var sentences = (RepositoryPaths.CoqaArticles is { } coqa ? SourceArticle.LoadAll(coqa) : SourceArticle.LoadAll(RepositoryPaths.SquadSample))
            .SelectMany(a => a.Paragraphs)
            .SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 20)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sentences.Count} sentences, {sentences.Average(s => s.Length):0} characters on average; {MachineLoad.Now()}"));
        var vectors = new Dictionary<string, IReadOnlyList<float[]>>();
        foreach (var (variant, quantizeAbove) in new[] { ("float", "-1"), ("int8", "0") })
        {
            var cache = Path.Combine(BenchmarkCorpus.ArtifactsRoot, "cache", $"embed-{variant}");
            await using var host = await BenchmarkHost.StartAsync(RepositoryPaths.SeedContent, cache, 0, cancellationToken,
                new Dictionary<string, string?> { ["Knowledge:QuantizeAbove"] = quantizeAbove });
            await host.Embedder.EmbedBatchAsync(sentences.Take(32).ToList(), cancellationToken); // warm
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var embedded = new List<float[]>(sentences.Count);
            foreach (var chunk in sentences.Chunk(Chunk))
            {
                embedded.AddRange(await host.Embedder.EmbedBatchAsync(chunk, cancellationToken));
            }

            process.Refresh();
            var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            vectors[variant] = embedded;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {variant,-5} {sentences.Count / seconds,6:0} sentences per CPU-second ({1000 * seconds / sentences.Count:0.00} ms CPU each), {sentences.Count / wall.Elapsed.TotalSeconds:0} a second wall; {MachineLoad.Now()}"));
        }

        var cosines = vectors["float"].Zip(vectors["int8"], (a, b) => TensorPrimitives.Dot(a, b)).ToArray();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cosine float vs int8: mean {cosines.Average():0.0000}, min {cosines.Min():0.0000}"));
    }
}
