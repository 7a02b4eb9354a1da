using System.Globalization;
using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Evaluation.Grouping;

/// <summary>
/// <c>group-questions --content DIR [--paraphrases FILE]</c>: fits <c>Insights:GroupSimilarity</c>, the cosine at
/// or above which the insights view treats two declined questions as the same question. Groups whose first line's
/// SHA-256 starts with an even byte fit the threshold (best pairwise F1, ties to the higher threshold); the others
/// report it, pairwise and as whole groups recovered by the host's grouping rule (join the first group whose
/// founding wording is similar enough).
/// </summary>
internal static class GroupingCommand
{
    public static async Task<int> RunAsync(KnowledgeHost host, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var path = Option(args, "--paraphrases") ?? Path.Combine(AppContext.BaseDirectory, "Grouping", "declined-paraphrases.txt");
        var groups = Parse(await File.ReadAllLinesAsync(path, cancellationToken));
        var embedder = host.Services.GetRequiredService<ITextEmbedder>();
        var fit = groups.Where(g => IsFit(g[0])).ToList();
        var test = groups.Where(g => !IsFit(g[0])).ToList();
        var fitPairs = await PairsAsync(embedder, fit, cancellationToken);
        var testPairs = await PairsAsync(embedder, test, cancellationToken);

        var best = Enumerable.Range(50, 50).Select(i => i / 100.0)
            .Select(t => (Threshold: t, Score: Score(fitPairs, t)))
            .OrderByDescending(x => Math.Round(x.Score.F1, 4))
            .ThenByDescending(x => x.Threshold)
            .First();
        var onTest = Score(testPairs, best.Threshold);
        var recovered = await RecoveredGroupsAsync(embedder, test, best.Threshold, cancellationToken);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            paraphrase groups: {groups.Count} ({fit.Count} fit, {test.Count} test); {embedder.ModelName}
            fitted GroupSimilarity: {best.Threshold:0.00} (fit pairwise F1 {best.Score.F1:0.000})
            test pairwise: precision {onTest.Precision:0.000}, recall {onTest.Recall:0.000}, F1 {onTest.F1:0.000}
            test groups recovered exactly: {recovered} of {test.Count}
            """));
        return 0;
    }

    private static List<List<string>> Parse(IEnumerable<string> lines)
    {
        var groups = new List<List<string>> { new() };
        foreach (var line in lines.Select(l => l.Trim()).Where(l => !l.StartsWith('#')))
        {
            if (line.Length == 0)
            {
                groups.Add([]);
            }
            else
            {
                groups[^1].Add(line);
            }
        }

        return [.. groups.Where(g => g.Count > 0)];
    }

    private static bool IsFit(string firstLine) => SHA256.HashData(Encoding.UTF8.GetBytes(firstLine))[0] % 2 == 0;

    private static async Task<List<(double Cosine, bool Same)>> PairsAsync(ITextEmbedder embedder, List<List<string>> groups, CancellationToken cancellationToken)
    {
        var items = groups.SelectMany((g, gi) => g.Select(w => (Group: gi, Wording: w))).ToList();
        var vectors = await embedder.EmbedBatchAsync([.. items.Select(i => i.Wording)], cancellationToken);
        var pairs = new List<(double, bool)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                pairs.Add((TensorPrimitives.Dot(vectors[i], vectors[j]), items[i].Group == items[j].Group));
            }
        }

        return pairs;
    }

    private static (double Precision, double Recall, double F1) Score(List<(double Cosine, bool Same)> pairs, double threshold)
    {
        var truePositives = pairs.Count(p => p.Same && p.Cosine >= threshold);
        var predicted = pairs.Count(p => p.Cosine >= threshold);
        var actual = pairs.Count(p => p.Same);
        var precision = predicted == 0 ? 1 : (double)truePositives / predicted;
        var recall = actual == 0 ? 1 : (double)truePositives / actual;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>The host's rule (src/ChatBot/Insights/QuestionGrouper.cs) on the test wordings, shuffled by a fixed seed.</summary>
    private static async Task<int> RecoveredGroupsAsync(ITextEmbedder embedder, List<List<string>> groups, double threshold, CancellationToken cancellationToken)
    {
        var wordings = groups.SelectMany(g => g).OrderBy(w => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(w))), StringComparer.Ordinal).ToList();
        var vectors = await embedder.EmbedBatchAsync(wordings, cancellationToken);
        var found = new List<(float[] Founder, HashSet<string> Members)>();
        for (var i = 0; i < wordings.Count; i++)
        {
            var match = found.FindIndex(g => TensorPrimitives.Dot(g.Founder, vectors[i]) >= threshold);
            if (match >= 0)
            {
                found[match].Members.Add(wordings[i]);
            }
            else
            {
                found.Add((vectors[i], [wordings[i]]));
            }
        }

        return groups.Count(g => found.Any(f => f.Members.SetEquals(g)));
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
