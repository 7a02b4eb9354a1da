using System.Globalization;

namespace ChatBot.Benchmarks;

/// <summary>
/// The named content folders the measurements use: <c>seed</c> (the repository's <c>content/</c>, one article),
/// <c>squad-12</c> (the 12 SQuAD sample articles) and <c>corpus-N</c> (N generated articles, see
/// <see cref="CorpusGenerator"/>), each with its own embedding cache under <c>artifacts/benchmarks/cache/</c>.
/// </summary>
internal static class BenchmarkCorpus
{
    public static string ArtifactsRoot => Path.Combine(RepositoryPaths.Root, "artifacts", "benchmarks");

    public static string CacheDirectory(string name) => Path.Combine(ArtifactsRoot, "cache", name);

    public static string Name(int articles) => articles == 1 ? "seed" : $"corpus-{articles}";

    public static async Task<string> ContentPathAsync(string name, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case "seed":
                return RepositoryPaths.SeedContent;
            case "squad-12":
                return RepositoryPaths.SquadSample;
            default:
                if (name.StartsWith("corpus-", StringComparison.Ordinal)
                    && int.TryParse(name["corpus-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
                {
                    var folder = Path.Combine(ArtifactsRoot, name);
                    await CorpusGenerator.EnsureAsync(folder, count, cancellationToken);
                    return folder;
                }

                throw new ArgumentException($"Unknown corpus '{name}': use seed, squad-12 or corpus-N.", nameof(name));
        }
    }
}
