using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Benchmarks;

/// <summary>
/// Saves each section's raw numbers (JSON) and Markdown under the results folder, then rebuilds the summary from
/// every section present, so sections can be re-run one at a time and the summary always shows the latest of each.
/// A section with no saved results here (a fresh clone, another machine) keeps its text from the summary as it was.
/// </summary>
internal sealed class ReportWriter(string resultsFolder, string summaryFile)
{
    /// <summary>"notes" has no command of its own: hand-written measurements kept from the summary as they are.</summary>
    private static readonly string[] s_sections = ["load", "scale", "notes", "micro"];

    /// <summary>How each section's Markdown begins (see <see cref="MarkdownFragments"/>).</summary>
    private static readonly Dictionary<string, string> s_headings = new()
    {
        ["load"] = "## HTTP throughput",
        ["scale"] = "## Corpus size",
        ["notes"] = "## Embedding speed, smaller archives, per-question profile",
        ["micro"] = "## In-process benchmarks",
    };

    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public string SummaryFile => summaryFile;

    /// <summary>Rebuilds each section's Markdown from its saved numbers (after a change to the wording), then the summary.</summary>
    public async Task RerenderAsync(CancellationToken cancellationToken)
    {
        foreach (var section in s_sections)
        {
            var file = Path.Combine(resultsFolder, $"{section}.json");
            if (!File.Exists(file))
            {
                continue;
            }

            var json = await File.ReadAllTextAsync(file, cancellationToken);
            var markdown = section switch
            {
                "load" => Render<ThroughputReport>(json, MarkdownFragments.Throughput),
                "scale" => Render<List<ScaleResult>>(json, (run, data) => MarkdownFragments.Scale(run, data)),
                _ => Render<List<MicroResult>>(json, (run, data) => MarkdownFragments.Micro(run, data)),
            };
            await File.WriteAllTextAsync(Path.Combine(resultsFolder, $"{section}.md"), markdown, cancellationToken);
        }

        await WriteSummaryAsync(cancellationToken);
    }

    private static string Render<T>(string json, Func<RunInfo, T, string> render)
    {
        var saved = JsonSerializer.Deserialize<Saved<T>>(json, s_json) ?? throw new InvalidDataException("Empty results file.");
        return render(saved.Run, saved.Data);
    }

    public async Task WriteSectionAsync<T>(string section, RunInfo run, T data, string markdown, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(resultsFolder);
        await File.WriteAllTextAsync(Path.Combine(resultsFolder, $"{section}.json"), JsonSerializer.Serialize(new Saved<T>(run, data), s_json), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(resultsFolder, $"{section}.md"), markdown, cancellationToken);
        await WriteSummaryAsync(cancellationToken);
    }

    private async Task WriteSummaryAsync(CancellationToken cancellationToken)
    {
        var previous = File.Exists(summaryFile) ? PreviousSections(await File.ReadAllTextAsync(summaryFile, cancellationToken)) : [];
        var text = new StringBuilder();
        text.AppendLine("# Performance");
        text.AppendLine();
        text.AppendLine("Written by `tools/ChatBot.Benchmarks` (each section says the command that produced it; raw numbers in " +
            "`artifacts/benchmarks/results/*.json`). The machine is a shared 2-core VM: every number carries the load average " +
            "(`uptime`) at the time. A run keeps both cores busy itself (host and load driver, or the model's two threads), so " +
            "its own load average sits near 2-3; a number taken while the 1-minute load exceeded 1.5 times the core count is marked " +
            "contended (other work competed).");
        text.AppendLine();
        text.AppendLine("Corpora: `seed` is `content/` (one article); `corpus-N` is a news-like archive of N articles (CorpusGenerator, " +
            $"seed {CorpusGenerator.Seed}): the 12 SQuAD sample articles of `tests/fixtures/squad-dev-sample` unaltered (so SQuAD " +
            "questions stay answerable), and N - 12 articles drawn from a word-level Markov chain fitted on them and on the CoQA news " +
            "sample's 101 CNN stories (read from `shared/eval` by path): distinct sentences of about 21 words, about 17 to an article, " +
            "3 to 7 paragraphs, headlines some of which end in \"?\" or a quote. 2,500 articles hold 45,753 sentences, more than the " +
            "issue's BBC archive (2,225 articles, about 38,000 sentences), so the scale section measures embedding, not the cache.");
        text.AppendLine();
        foreach (var section in s_sections)
        {
            var file = Path.Combine(resultsFolder, $"{section}.md");
            if (File.Exists(file))
            {
                text.AppendLine(await File.ReadAllTextAsync(file, cancellationToken));
            }
            else if (previous.TryGetValue(section, out var kept))
            {
                text.AppendLine(kept);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(summaryFile)!);
        await File.WriteAllTextAsync(summaryFile, text.ToString().TrimEnd() + "\n", cancellationToken);
    }

    /// <summary>The summary's sections by name: each runs from its heading to the next "## " heading.</summary>
    private static Dictionary<string, string> PreviousSections(string summary)
    {
        var sections = new Dictionary<string, string>();
        var blocks = ("\n" + summary).Split("\n## ").Skip(1).Select(b => "## " + b.TrimEnd() + "\n");
        foreach (var block in blocks)
        {
            var name = s_headings.FirstOrDefault(h => block.StartsWith(h.Value, StringComparison.Ordinal)).Key;
            if (name is not null)
            {
                sections[name] = block;
            }
        }

        return sections;
    }
}
