namespace ChatBot.Benchmarks;

/// <summary>One SQuAD sample article as the fixture stores it: a title line, then paragraphs separated by blank lines.</summary>
internal sealed record SourceArticle(string Slug, string Title, IReadOnlyList<string> Paragraphs)
{
    public static IReadOnlyList<SourceArticle> LoadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    private static SourceArticle Load(string path)
    {
        var blocks = File.ReadAllText(path).ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new SourceArticle(Path.GetFileNameWithoutExtension(path), blocks[0], blocks[1..]);
    }
}
