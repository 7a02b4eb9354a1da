using ChatBot.Knowledge;

namespace ChatBot.Answering.Llm;

/// <summary>
/// Checks a model's answer against the passages it was given: a marker must name one of them and that passage must
/// support the sentence, else the marker goes; a sentence left with no supporting passage goes too, unless one
/// passage clearly supports it (then it is cited to that one). Citations are renumbered in order of appearance and
/// quote the best-supporting sentence of the passage exactly, with its offsets.
/// </summary>
internal sealed class CitationCheck(SupportScorer scorer, double threshold)
{
    /// <summary>An uncited sentence must clear the threshold by this much to be cited on the checker's own authority.</summary>
    public const double HealMargin = 0.1;

    public async Task<CheckedAnswer> CheckAsync(string modelText, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken)
    {
        var kept = new List<(DraftSentence, IReadOnlyList<int>)>();
        var citations = new List<Citation>();
        int droppedSentences = 0, droppedMarkers = 0;

        foreach (var sentence in ModelText.Parse(modelText))
        {
            var supported = new List<(RetrievedPassage Passage, Support Support)>();
            foreach (var number in sentence.Markers)
            {
                if (number < 1 || number > passages.Count)
                {
                    droppedMarkers++;
                    continue;
                }

                var support = await scorer.ScoreAsync(sentence.Text, passages[number - 1], cancellationToken);
                if (support.Score >= threshold)
                {
                    supported.Add((passages[number - 1], support));
                }
                else
                {
                    droppedMarkers++;
                }
            }

            if (supported.Count == 0)
            {
                var healed = await BestAsync(sentence.Text, passages, cancellationToken);
                if (healed is { } best && best.Support.Score >= threshold + HealMargin)
                {
                    supported.Add(best);
                }
            }

            if (supported.Count == 0)
            {
                droppedSentences++;
                continue;
            }

            var ids = supported.Select(s => CitationId(citations, s.Passage, s.Support)).Distinct().Order().ToList();
            kept.Add((sentence, ids));
        }

        return new CheckedAnswer(ModelText.Compose(kept), citations, kept.Count, droppedSentences, droppedMarkers);
    }

    private async Task<(RetrievedPassage Passage, Support Support)?> BestAsync(
        string claim, IReadOnlyList<RetrievedPassage> passages, CancellationToken cancellationToken)
    {
        (RetrievedPassage, Support)? best = null;
        foreach (var passage in passages)
        {
            var support = await scorer.ScoreAsync(claim, passage, cancellationToken);
            if (best is null || support.Score > best.Value.Item2.Score)
            {
                best = (passage, support);
            }
        }

        return best;
    }

    /// <summary>One citation per quoted span: two sentences resting on the same sentence share its number.</summary>
    private static int CitationId(List<Citation> citations, RetrievedPassage passage, Support support)
    {
        var article = passage.Article;
        var existing = citations.FindIndex(c => c.ArticleId == article.Id && c.Start == support.Quote.Start && c.End == support.Quote.End);
        if (existing >= 0)
        {
            return citations[existing].Id;
        }

        var id = citations.Count + 1;
        citations.Add(new Citation(
            id,
            article.Id,
            article.Title,
            passage.Paragraph.Number,
            article.Slice(support.Quote),
            support.Quote.Start,
            support.Quote.End,
            Math.Round(support.Score, 3)));
        return id;
    }
}
