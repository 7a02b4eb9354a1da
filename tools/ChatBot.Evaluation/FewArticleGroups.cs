using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Evaluation;

/// <summary>
/// A small deployment's setting: a content folder's articles split into groups of <see cref="Size"/> (in the order of
/// their ids' SHA-256, so the groups mix topics), each group copied to a temporary folder and indexed on its own.
/// </summary>
internal static class FewArticleGroups
{
    public const int Size = 3;

    /// <summary>Each group's article ids, the ids being the files' names without ".txt".</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string contentPath) =>
        Directory.GetFiles(contentPath, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .OrderBy(id => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id))), StringComparer.Ordinal)
            .Chunk(Size)
            .Select(group => (IReadOnlyList<string>)group)
            .ToList();

    /// <summary>Starts a knowledge host over one group's articles (a cache of its own, so the main cache is not compacted), runs <paramref name="run"/>, and cleans up.</summary>
    public static async Task RunAsync(EvaluationArguments arguments, IReadOnlyList<string> group, Func<KnowledgeHost, Task> run, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"chatbot-few-articles-{Environment.ProcessId}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        try
        {
            foreach (var id in group)
            {
                File.Copy(Path.Combine(arguments.ContentPath, id + ".txt"), Path.Combine(folder, id + ".txt"));
            }

            await using var host = await KnowledgeHost.StartAsync(arguments with { ContentPath = folder, CacheDirectory = arguments.CacheDirectory + "-few-articles" }, cancellationToken);
            await run(host);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
