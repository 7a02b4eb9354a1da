using System.Globalization;
using System.Text;

namespace ChatBot.Benchmarks;

/// <summary>
/// Builds a corpus of N news-sized articles out of the 12 SQuAD sample articles (446 paragraphs), deterministically
/// (fixed seed): article i takes its main topic from source article i mod 12, draws 6 to 18 of that source's paragraphs
/// in shuffled order, and with probability 1/2 mixes in one paragraph of another source. Each article gets a distinct
/// title ("Oxygen: briefing 0042"), a date and a front-matter block, so the loader treats it as a separate
/// article. Paragraph text is never altered, so every quote still is an exact substring of its article, and SQuAD
/// questions about a paragraph stay answerable. Paragraphs (and so sentences) recur across articles: the
/// embedding cache (keyed by text) then embeds each distinct sentence once, which the report states next to
/// the build time.
/// </summary>
internal static class CorpusGenerator
{
    public const int Seed = 20_260_727;
    private const int MinParagraphs = 6;
    private const int MaxParagraphs = 18;
    private static readonly DateOnly s_firstDate = new(2020, 1, 1);

    /// <summary>Writes the corpus into <paramref name="folder"/> (replacing what was there) unless it is already complete.</summary>
    public static async Task<CorpusInfo> EnsureAsync(string folder, int articleCount, CancellationToken cancellationToken)
    {
        var marker = Path.Combine(folder, ".corpus");
        var expected = $"squad-dev-sample recombined, seed {Seed}, {articleCount} articles, v1";
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken) == expected)
        {
            return CorpusInfo.Of(folder);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var sources = SourceArticle.LoadAll(RepositoryPaths.SquadSample);
        var random = new Random(Seed);
        for (var i = 0; i < articleCount; i++)
        {
            var text = Compose(i, sources, random);
            await File.WriteAllTextAsync(Path.Combine(folder, $"article-{i + 1:0000}.md"), text, cancellationToken);
        }

        await File.WriteAllTextAsync(marker, expected, cancellationToken);
        return CorpusInfo.Of(folder);
    }

    private static string Compose(int index, IReadOnlyList<SourceArticle> sources, Random random)
    {
        var main = sources[index % sources.Count];
        var count = Math.Min(main.Paragraphs.Count, random.Next(MinParagraphs, MaxParagraphs + 1));
        var paragraphs = main.Paragraphs.ToArray();
        random.Shuffle(paragraphs);
        var chosen = paragraphs.Take(count).ToList();
        if (random.Next(2) == 0)
        {
            var other = sources[(index + 1 + random.Next(sources.Count - 1)) % sources.Count];
            chosen.Insert(random.Next(chosen.Count + 1), other.Paragraphs[random.Next(other.Paragraphs.Count)]);
        }

        var text = new StringBuilder();
        text.Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {main.Title}: briefing {index + 1:0000}\n")
            .Append(CultureInfo.InvariantCulture, $"date: {s_firstDate.AddDays(index):yyyy-MM-dd}\n")
            .Append(CultureInfo.InvariantCulture, $"source: SQuAD 2.0 dev sample ({main.Slug}), recombined\n")
            .Append("---\n\n");
        text.AppendJoin("\n\n", chosen).Append('\n');
        return text.ToString();
    }
}
