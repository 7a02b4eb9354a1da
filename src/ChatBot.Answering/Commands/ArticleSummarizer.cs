using System.Text;
using ChatBot.Answering.Extractive;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Commands;

/// <summary>
/// A three-point summary made of the article's most central sentences (the lead counts extra, as news puts the gist
/// first), one per paragraph, in article order. The points are quotes; their [n] markers follow the list, because
/// Teams leaves markers inside list items as literal text.
/// </summary>
internal sealed class ArticleSummarizer(ArticleStatisticsCache statistics)
{
    public const int Points = 3;

    public (string Markdown, IReadOnlyList<Citation> Citations) Summarize(Article article, int maxQuoteLength)
    {
        var stats = statistics.For(article);
        var candidates = new List<(Paragraph Paragraph, TextSpan Span, double Score, int Order)>();
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
                candidates.Add((paragraph, sentence, centrality * lead, order++));
            }
        }

        var chosen = candidates.OrderByDescending(c => c.Score)
            .DistinctBy(c => c.Paragraph.Number)
            .Take(Points)
            .OrderBy(c => c.Order)
            .ToList();

        var citations = new CitationList();
        var markers = new List<int>();
        var text = new StringBuilder();
        text.Append(Heading(article)).Append(" in ").Append(chosen.Count == 1 ? "one point" : $"{chosen.Count} points").AppendLine(":").AppendLine();
        var everything = new QuestionProfile(string.Empty);
        foreach (var (paragraph, span, score, _) in chosen)
        {
            var quote = QuoteTrimmer.Trim(article.Text, span, everything, maxQuoteLength);
            markers.Add(citations.Add(article, paragraph, quote, 1.0));
            text.Append("- ").AppendLine(article.Slice(quote));
        }

        text.AppendLine().Append("Sources, point by point: ").Append(string.Join(' ', markers.Select(m => $"[{m}]")));
        return (text.ToString(), citations.Items);
    }

    public static string Heading(Article article) =>
        article.Date is { } date ? $"**{article.Title}** ({date:d MMMM yyyy})" : $"**{article.Title}**";
}
