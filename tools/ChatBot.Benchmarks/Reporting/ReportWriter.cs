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
    private static readonly string[] s_sections = ["load", "scale", "micro"];

    /// <summary>How each section's Markdown begins (see <see cref="MarkdownFragments"/>).</summary>
    private static readonly Dictionary<string, string> s_headings = new()
    {
        ["load"] = "## HTTP throughput",
        ["scale"] = "## Corpus size",
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
        text.AppendLine("Corpora: `seed` is `content/` (one article); `corpus-N` are N articles generated from the 12 SQuAD sample articles " +
            "in `tests/fixtures/squad-dev-sample` (446 paragraphs): article i takes 6 to 18 paragraphs of source article i mod 12 in " +
            $"shuffled order, half of them one paragraph of another source, with a distinct title, date and front matter (seed {CorpusGenerator.Seed}). " +
            "Paragraph text is never altered, so quotes stay exact and SQuAD questions stay answerable; because paragraphs recur, the " +
            "embedding cache embeds each distinct sentence once (the table's \"Sentences embedded\").");
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
