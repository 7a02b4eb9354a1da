using System.Globalization;
using System.Text;

namespace ChatBot.Benchmarks;

/// <summary>
/// Builds a news archive of N articles, deterministically (fixed seed), whose sentences are distinct and of realistic
/// lengths, so that indexing it measures embedding and not the cache. Its first 12 articles are the SQuAD sample's,
/// unaltered (so SQuAD questions stay answerable and every answer can be checked); the rest are drawn from a
/// <see cref="SentenceModel"/> fitted on those 12 and on the CoQA news sample's 101 CNN stories (read by path from
/// <c>shared/eval</c> at run time, never copied into the repository): sentence, paragraph and article lengths follow
/// the sources', the words are theirs, the sentences are new. Each generated article is a plain-text file with a dated
/// front matter and a headline line, some headlines ending in "?" or a closing quote, as real ones do. With 3 to 7
/// paragraphs an article holds about 17 sentences of about 21 words, as the issue's BBC archive does (2,225 articles,
/// about 38,000 sentences): 2,500 articles give about 43,000 distinct sentences.
/// </summary>
internal static class CorpusGenerator
{
    public const int Seed = 20_261_201;
    private const int Version = 2;
    private static readonly DateOnly s_firstDate = new(2004, 1, 1);

    /// <summary>Writes the corpus into <paramref name="folder"/> (replacing what was there) unless it is already complete.</summary>
    public static async Task<CorpusInfo> EnsureAsync(string folder, int articleCount, CancellationToken cancellationToken)
    {
        var squad = SourceArticle.LoadAll(RepositoryPaths.SquadSample);
        var coqa = RepositoryPaths.CoqaArticles is { } coqaFolder ? SourceArticle.LoadAll(coqaFolder) : [];
        var marker = Path.Combine(folder, ".corpus");
        var expected = $"news-like v{Version}, seed {Seed}, {articleCount} articles, from {squad.Count} SQuAD and {coqa.Count} CoQA articles";
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker, cancellationToken) == expected)
        {
            return CorpusInfo.Of(folder);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var model = SentenceModel.Fit(squad.Concat(coqa).Select(a => a.Paragraphs));
        var random = new Random(Seed);
        for (var i = 0; i < articleCount; i++)
        {
            var date = s_firstDate.AddDays(i % 3_650);
            var (name, text) = i < squad.Count
                ? ($"squad-{squad[i].Slug}.txt", Real(squad[i], date))
                : (string.Create(CultureInfo.InvariantCulture, $"news-{i + 1:00000}.txt"), Generated(model, random, date));
            await File.WriteAllTextAsync(Path.Combine(folder, name), text, cancellationToken);
        }

        await File.WriteAllTextAsync(marker, expected, cancellationToken);
        return CorpusInfo.Of(folder);
    }

    private static string Real(SourceArticle source, DateOnly date) => string.Create(CultureInfo.InvariantCulture,
        $"---\ndate: {date:yyyy-MM-dd}\nsource: SQuAD 2.0 dev sample ({source.Slug})\n---\n{source.Title}\n\n{string.Join("\n\n", source.Paragraphs)}\n");

    private static string Generated(SentenceModel model, Random random, DateOnly date)
    {
        var headline = model.Generate(random, random.Next(6, 13)).TrimEnd('.', '!', '?', '"', '\'');
        headline = random.Next(10) switch
        {
            0 => headline + "?",
            1 => $"{headline[..headline.LastIndexOf(' ')]} '{headline[(headline.LastIndexOf(' ') + 1)..]}'",
            _ => headline,
        };

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ndate: {date:yyyy-MM-dd}\nsource: generated from the SQuAD and CoQA samples\n---\n{headline}\n");
        var paragraphs = Math.Clamp(Draw(model.ArticleParagraphs, random), 3, 7);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = Math.Clamp(Draw(model.ParagraphSentences, random), 1, 6);
            text.Append('\n');
            for (var s = 0; s < sentences; s++)
            {
                text.Append(s == 0 ? "\n" : " ").Append(model.Generate(random, Draw(model.SentenceWords, random)));
            }
        }

        return text.Append('\n').ToString();
    }

    private static int Draw(List<int> distribution, Random random) => distribution[random.Next(distribution.Count)];
}
