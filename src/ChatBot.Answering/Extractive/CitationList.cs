using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>Numbers citations in the order the answer uses them; the same span is cited once and keeps its number.</summary>
internal sealed class CitationList
{
    private readonly List<Citation> _citations = [];

    public IReadOnlyList<Citation> Items => _citations;

    public int Count => _citations.Count;

    /// <returns>The [n] number to write after the claim.</returns>
    public int Add(Article article, Paragraph paragraph, TextSpan span, double score)
    {
        var existing = _citations.FirstOrDefault(c => c.ArticleId == article.Id && c.Start == span.Start && c.End == span.End);
        if (existing is not null)
        {
            return existing.Id;
        }

        var citation = new Citation(_citations.Count + 1, article.Id, article.Title, paragraph.Number, article.Slice(span), span.Start, span.End, Math.Round(score, 4));
        _citations.Add(citation);
        return citation.Id;
    }

    /// <summary>Widens citation <paramref name="id"/> to <paramref name="span"/> of the same article; it keeps its number.</summary>
    public Citation Widen(int id, Article article, TextSpan span)
    {
        var widened = _citations[id - 1] with { Quote = article.Slice(span), Start = span.Start, End = span.End };
        _citations[id - 1] = widened;
        return widened;
    }

    public bool Overlaps(Article article, TextSpan span) =>
        _citations.Any(c => c.ArticleId == article.Id && c.Start < span.End && span.Start < c.End);
}
