using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatBot.Answering.Llm;
using ChatBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>
/// Calibrates <see cref="SupportThresholds"/> with the real embedders (MiniLM, ArcticXs): hand-labelled claims about the
/// seed article (paraphrases that hold; plausible ones that do not: wrong place, number, actor, outcome, passage), and
/// claims built from the SQuAD sample (question + gold answer holds; question + another question's answer does not).
/// Prints the sweep; asserts the calibrated threshold keeps true claims and drops false ones.
/// </summary>
public sealed class SupportThresholdCalibrationTests(ITestOutputHelper output)
{
    /// <summary>SQuAD claim pairs scored in the test run; set LLM_CALIBRATION_SQUAD_PAIRS for a fuller measurement.</summary>
    private static readonly int SquadPairs =
        int.TryParse(Environment.GetEnvironmentVariable("LLM_CALIBRATION_SQUAD_PAIRS"), CultureInfo.InvariantCulture, out var pairs) ? pairs : 12;

    [Theory]
    [InlineData("MiniLM")]
    [InlineData("ArcticXs")]
    public async Task SupportScorer_LabelledClaims_CalibratedThresholdKeepsTrueClaimsAndDropsFalseOnes(string model)
    {
        await using var provider = Embedder(model);
        var embedder = provider.GetRequiredService<ITextEmbedder>();
        var threshold = SupportThresholds.For(embedder.ModelName);

        var seed = await ScoreAsync(embedder, SeedClaims());
        var squad = await ScoreAsync(embedder, SquadClaims());
        Report($"{embedder.ModelName}, seed article, hand-labelled", seed, threshold);
        Report($"{embedder.ModelName}, SQuAD sample, question + answer", squad, threshold);

        var (keptTrue, droppedFalse) = Rates(seed, threshold);
        Assert.True(keptTrue >= 0.8, $"kept only {keptTrue:P0} of supported seed claims at {threshold}");
        Assert.True(droppedFalse >= 0.7, $"dropped only {droppedFalse:P0} of unsupported seed claims at {threshold}");

        // Question-shaped SQuAD claims score lower than a model's declarative sentences, so only what is kept is
        // held to account there: a wrong answer must rarely pass.
        var (_, squadDropped) = Rates(squad, threshold);
        Assert.True(squadDropped >= 0.8, $"dropped only {squadDropped:P0} of unsupported SQuAD claims at {threshold}");
    }

    private static async Task<List<(bool Supported, double Score, string Claim)>> ScoreAsync(
        ITextEmbedder embedder, IEnumerable<(RetrievedPassage Passage, bool Supported, string Claim)> claims)
    {
        var scorer = new SupportScorer(embedder);
        var scored = new List<(bool, double, string)>();
        foreach (var (passage, supported, claim) in claims)
        {
            var support = await scorer.ScoreAsync(claim, passage, CancellationToken.None);
            scored.Add((supported, support.Score, claim));
            if (Environment.GetEnvironmentVariable("LLM_CALIBRATION_DUMP") is { Length: > 0 } dump)
            {
                await File.AppendAllTextAsync(dump, FormattableString.Invariant($"{(supported ? 1 : 0)}\t{support.Lexical:0.000}\t{support.Semantic:0.000}\t{claim}\n"));
            }
        }

        return scored;
    }

    private static (double KeptTrue, double DroppedFalse) Rates(List<(bool Supported, double Score, string Claim)> scored, double threshold) =>
        (scored.Where(s => s.Supported).Average(s => s.Score >= threshold ? 1.0 : 0.0),
         scored.Where(s => !s.Supported).Average(s => s.Score < threshold ? 1.0 : 0.0));

    private void Report(string name, List<(bool Supported, double Score, string Claim)> scored, double threshold)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {scored.Count(s => s.Supported)} supported, {scored.Count(s => !s.Supported)} unsupported");
        text.AppendLine("threshold  kept-true  dropped-false  precision-of-kept");
        for (var t = 0.50; t <= 0.901; t += 0.05)
        {
            var (kept, dropped) = Rates(scored, t);
            var keptAll = scored.Where(s => s.Score >= t).ToList();
            var precision = keptAll.Count == 0 ? 1 : keptAll.Average(s => s.Supported ? 1.0 : 0.0);
            text.AppendLine(CultureInfo.InvariantCulture, $"{t,9:0.00}  {kept,9:P0}  {dropped,13:P0}  {precision,17:P0}");
        }

        foreach (var miss in scored.Where(s => s.Supported != (s.Score >= threshold)).Take(12))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  miss ({(miss.Supported ? "true" : "false")}, {miss.Score:0.000}): {miss.Claim}");
        }

        output.WriteLine(text.ToString());
    }

    private static IEnumerable<(RetrievedPassage, bool, string)> SeedClaims()
    {
        var article = TestArticles.Seed();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Llm", "support-claims.tsv"));
        foreach (var line in lines.Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            yield return (TestArticles.Passage(article, int.Parse(parts[0], CultureInfo.InvariantCulture)), parts[1] == "1", parts[2]);
        }
    }

    /// <summary>Every n-th answerable question: "question gold-answer" holds; "question other-answer" (an answer the paragraph lacks) does not.</summary>
    private static IEnumerable<(RetrievedPassage, bool, string)> SquadClaims()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "squad-dev-sample");
        var questions = File.ReadLines(Path.Combine(folder, "questions.jsonl"))
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .Where(q => q.GetProperty("answerable").GetBoolean())
            .Select(q => (
                Article: q.GetProperty("article").GetString()!,
                Question: q.GetProperty("question").GetString()!,
                Answer: q.GetProperty("answers")[0].GetString()!,
                Paragraph: q.GetProperty("paragraph").GetInt32()))
            .ToList();
        var articles = questions.Select(q => q.Article).Distinct()
            .ToDictionary(id => id, id => TestArticles.FromText(id, id, File.ReadAllText(Path.Combine(folder, id + ".txt"))));

        var stride = Math.Max(1, questions.Count / SquadPairs);
        for (var i = 0; i < questions.Count; i += stride)
        {
            var q = questions[i];
            var article = articles[q.Article];
            if (q.Paragraph + 2 > article.Paragraphs.Count)
            {
                continue;
            }

            // Line 1 of a SQuAD file is its title, so SQuAD paragraph k is the (k + 2)-th non-empty line.
            var passage = TestArticles.Passage(article, q.Paragraph + 2);
            var text = article.Slice(passage.Paragraph.Span);
            var other = questions.Skip(i + 1).Concat(questions.Take(i))
                .FirstOrDefault(o => o.Article == q.Article && !text.Contains(o.Answer, StringComparison.OrdinalIgnoreCase));
            if (!text.Contains(q.Answer, StringComparison.Ordinal) || other.Answer is null)
            {
                continue;
            }

            yield return (passage, true, $"{q.Question} {q.Answer}");
            yield return (passage, false, $"{q.Question} {other.Answer}");
        }
    }

    private static ServiceProvider Embedder(string model)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:CacheDirectory"] = Path.Combine(Path.GetTempPath(), "chatbot-llm-calibration"),
            ["Knowledge:Model"] = model,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddKnowledge();
        return services.BuildServiceProvider();
    }
}
