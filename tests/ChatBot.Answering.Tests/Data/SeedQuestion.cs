namespace ChatBot.Answering.Tests.Data;

/// <param name="Facts">Exact article text; a correct citation holds at least one of them.</param>
public sealed record SeedQuestion(string Question, IReadOnlyList<string> Facts)
{
    public bool IsHeldBy(Citation citation) =>
        Facts.Any(f => citation.Quote.Contains(f, StringComparison.OrdinalIgnoreCase));
}
