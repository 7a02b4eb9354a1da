using System.Text;
using ChatBot.Answering.Extractive;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Commands;

/// <summary>The people and organisations an article names, each cited where it first appears (in sentences, not list items).</summary>
internal static class MentionLister
{
    private const int MaxPerKind = 8;

    public static (string Markdown, IReadOnlyList<Citation> Citations) List(Article article, int maxQuoteLength)
    {
        var found = new List<(NameMention Mention, Paragraph Paragraph, TextSpan Sentence)>();
        foreach (var paragraph in article.Paragraphs)
        {
            var mentions = NameFinder.Find(article.Text, paragraph.Span.Start, paragraph.Span.End);
            foreach (var mention in mentions.Where(m => m.Kind is NameKind.Person or NameKind.Organisation))
            {
                var sentence = paragraph.Sentences.FirstOrDefault(s => s.Start <= mention.Start && mention.End <= s.End);
                found.Add((mention, paragraph, sentence == default ? paragraph.Span : sentence));
            }
        }

        var citations = new CitationList();
        var text = new StringBuilder();
        text.Append("People and organisations in ").Append(ArticleSummarizer.Heading(article)).AppendLine(":").AppendLine();
        var wrote = false;
        foreach (var (kind, label) in new[] { (NameKind.Person, "People"), (NameKind.Organisation, "Organisations") })
        {
            var names = found.Where(f => f.Mention.Kind == kind)
                .GroupBy(f => f.Mention.Name, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Mention.Start)
                .Take(MaxPerKind)
                .OrderBy(g => g.First().Mention.Start)
                .Select(g => g.First())
                .ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var items = names.Select(n =>
            {
                var quote = QuoteTrimmer.Trim(article.Text, n.Sentence, new QuestionProfile(n.Mention.Name), maxQuoteLength);
                if (quote.Start > n.Mention.Start || quote.End < n.Mention.End)
                {
                    quote = n.Sentence.Length < maxQuoteLength ? n.Sentence : new TextSpan(n.Mention.Start, n.Mention.End);
                }

                return $"{n.Mention.Name} [{citations.Add(article, n.Paragraph, quote, 1.0)}]";
            }).ToList();
            text.Append("**").Append(label).Append(":** ").Append(JoinAsSentence(items)).AppendLine(".").AppendLine();
            wrote = true;
        }

        if (!wrote)
        {
            text.Append("The article names no people or organisations that I can recognise.");
        }

        return (text.ToString().TrimEnd(), citations.Items);
    }

    private static string JoinAsSentence(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
