using System.Text.Json;

namespace ChatBot.Benchmarks;

/// <summary>The questions the measurements ask.</summary>
internal static class BenchmarkQuestions
{
    /// <summary>
    /// Questions a reader of the seed article (content/article-2022-07-30.txt) asks, the mission's own first; a few
    /// lean on the previous turn ("What about…", "he"), so the follow-up rewriting runs too.
    /// </summary>
    public static IReadOnlyList<string> Seed { get; } =
    [
        "what did Lavrov say about weapons?",
        "Who did Blinken speak with?",
        "What did Blinken press the Kremlin to accept?",
        "Who are the two detainees?",
        "What will the US do if Russia goes ahead with annexation?",
        "What did Lavrov accuse the West of?",
        "What about Brittney Griner?",
        "When did Blinken and Lavrov last speak before this call?",
        "What did he say about the grain shipments?",
        "Will Washington keep supporting Ukraine?",
        "What did the Russian Foreign Ministry say?",
        "Who is Paul Whelan?",
        "What did Blinken say about annexations?",
        "What did both sides discuss about food security?",
        "How did Blinken describe the conversation?",
        "What did Lavrov say the Russian troops follow?",
    ];

    /// <summary>
    /// <paramref name="count"/> answerable SQuAD questions spread evenly over the sample's 12 articles (every k-th
    /// line, so the choice is fixed), skipping the first <paramref name="skip"/> of that sequence.
    /// </summary>
    public static IReadOnlyList<string> Squad(int count, int skip = 0)
    {
        var answerable = File.ReadLines(RepositoryPaths.SquadQuestions)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(q => q.GetProperty("answerable").GetBoolean())
            .Select(q => q.GetProperty("question").GetString()!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var total = count + skip;
        var step = Math.Max(1, answerable.Count / total);
        return Enumerable.Range(0, total).Select(i => answerable[(i * step) % answerable.Count]).Skip(skip).ToList();
    }
}
