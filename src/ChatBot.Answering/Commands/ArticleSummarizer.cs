using System.Text;
using ChatBot.Answering.Extractive;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Commands;

/// <summary>
/// A three-point summary: the article's lead (news puts the gist first) and its most central sentences that do not
/// repeat it, in article order; the heading names the article, so a summary says which one when several are loaded. The points are quotes; their [n] markers follow the list, because
/// Teams leaves markers inside list items as literal text.
/// </summary>
internal sealed class ArticleSummarizer(ArticleStatisticsCache statistics)
{
    public const int Points = 3;

    public (string Markdown, IReadOnlyList<Citation> Citations) Summarize(Article article, int maxQuoteLength)
    {
        var stats = statistics.For(article);
        var candidates = new List<(Paragraph Paragraph, TextSpan Span, double Score, int Order, HashSet<string> Words)>();
        var order = 0;
        var articleStems = TextTerms.Tokenize(article.Text).Where(t => !TextTerms.IsStopWord(t.Lower))
            .GroupBy(t => t.Stem).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                var words = TextTerms.Tokenize(article.Text, sentence.Start, sentence.End)
                    .Where(t => !TextTerms.IsStopWord(t.Lower)).Select(t => t.Stem).Distinct().ToList();
                if (words.Count < 5)
                {
                    continue;
                }

                var centrality = words.Sum(w => (articleStems[w] - 1) * stats.Idf(w)) / Math.Sqrt(words.Count);
                var lead = order == 0 ? 1.5 : 1.0;
                candidates.Add((paragraph, sentence, centrality * lead, order++, words.ToHashSet(StringComparer.Ordinal)));
            }
        }

        // The lead, then each time the most central sentence that repeats least of what is already chosen (so the
        // second sentence of the lead paragraph, often the story's news, is not lost to a "one per paragraph" rule).
        var chosen = candidates.Take(1).ToList();
        while (chosen.Count < Points && candidates.Count > chosen.Count)
        {
            chosen.Add(candidates.Where(c => !chosen.Contains(c))
                .MaxBy(c => c.Score * (1 - chosen.Max(k => Overlap(c.Words, k.Words)))));
        }

        chosen = [.. chosen.OrderBy(c => c.Order)];

        var citations = new CitationList();
        var markers = new List<int>();
        var text = new StringBuilder();
        text.Append(Heading(article)).Append(" in ").Append(chosen.Count == 1 ? "one point" : $"{chosen.Count} points").AppendLine(":").AppendLine();
        var everything = new QuestionProfile(string.Empty);
        foreach (var (paragraph, span, _, _, _) in chosen)
        {
            var quote = QuoteTrimmer.Trim(article.Text, span, everything, maxQuoteLength);
            markers.Add(citations.Add(article, paragraph, quote, 1.0));
            text.Append("- ").AppendLine(article.Slice(quote));
        }

        text.AppendLine().Append("Sources, point by point: ").Append(string.Join(' ', markers.Select(m => $"[{m}]")));
        return (text.ToString(), citations.Items);
    }

    /// <summary>The share of the smaller sentence's words the other one also has.</summary>
    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count(b.Contains) / (double)Math.Min(a.Count, b.Count);

    public static string Heading(Article article) =>
        article.Date is { } date ? $"**{article.Title}** ({date:d MMMM yyyy})" : $"**{article.Title}**";
}
