using ChatBot.Answering;

namespace ChatBot.Evaluation.PromptStarters;

/// <summary>
/// Picks Teams prompt starters from the questions the answerer itself suggests for the loaded articles: each
/// candidate short enough for a Teams command title is asked as a user would ask it, and only those answered with
/// a citation are kept, so a starter never leads to "the article doesn't say".
/// </summary>
internal static class PromptStarterSelector
{
    /// <summary>Teams' limit on a command's title (what the user sees and sends).</summary>
    public const int MaxTitleLength = 32;

    /// <summary>Teams' limit on a command's description.</summary>
    public const int MaxDescriptionLength = 128;

    /// <summary>How many suggestions are asked for: most are too long for a title, so far more than are kept.</summary>
    private const int CandidatePool = 60;

    public static async Task<IReadOnlyList<PromptStarter>> SelectAsync(
        IQuestionAnswerer answerer, int count, TextWriter log, CancellationToken cancellationToken)
    {
        var candidates = await answerer.SuggestStarterQuestionsAsync(CandidatePool, cancellationToken);
        var answerable = new List<(string Question, Citation Citation)>();
        foreach (var candidate in candidates.Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (candidate.Length > MaxTitleLength)
            {
                await log.WriteLineAsync($"  too long ({candidate.Length} > {MaxTitleLength}): {candidate}");
                continue;
            }

            var answer = await answerer.AnswerAsync(new Question(candidate, []), null, cancellationToken);
            if (!answer.Answered || answer.Citations.Count == 0)
            {
                await log.WriteLineAsync($"  not answered with a citation: {candidate}");
                continue;
            }

            var first = answer.Citations[0];
            await log.WriteLineAsync($"  answerable: {candidate} -> [{first.Id}] {first.ArticleId} ¶{first.Paragraph}");
            answerable.Add((candidate, first));
        }

        // In the suggester's order, but a paragraph already shown by a chosen starter waits for a second round,
        // so the few starters Teams shows open different parts of the articles.
        var chosen = answerable
            .GroupBy(a => (a.Citation.ArticleId, a.Citation.Paragraph))
            .SelectMany(g => g.Select((a, rank) => (a.Question, a.Citation, Rank: rank, Order: answerable.IndexOf(a))))
            .OrderBy(a => a.Rank)
            .ThenBy(a => a.Order)
            .Take(count)
            .OrderBy(a => a.Order)
            .Select(a => new PromptStarter(a.Question, Describe(a.Citation)))
            .ToList();
        foreach (var starter in chosen)
        {
            await log.WriteLineAsync($"  kept: {starter.Title}");
        }

        return chosen;
    }

    /// <summary>Where the answer comes from, so the starter says what it will show.</summary>
    private static string Describe(Citation citation)
    {
        var text = $"Answered with a quote from “{citation.Title}”";
        return text.Length <= MaxDescriptionLength ? text : text[..(MaxDescriptionLength - 2)].TrimEnd() + "…”";
    }
}
