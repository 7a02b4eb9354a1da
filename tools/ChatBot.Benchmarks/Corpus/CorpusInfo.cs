namespace ChatBot.Benchmarks;

/// <summary>What a content folder holds: article files, text blocks (paragraphs and headings) and bytes.</summary>
internal sealed record CorpusInfo(string Folder, int Articles, int Blocks, long Bytes)
{
    public static CorpusInfo Of(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var blocks = files.Sum(f => File.ReadAllText(f).ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Count(b => !b.StartsWith("---", StringComparison.Ordinal)));
        return new CorpusInfo(folder, files.Count, blocks, files.Sum(f => new FileInfo(f).Length));
    }
}
