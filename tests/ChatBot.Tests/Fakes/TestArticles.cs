using System.Text.RegularExpressions;
using ChatBot.Knowledge;

namespace ChatBot.Tests.Fakes;

/// <summary>Small articles built in memory, split into paragraphs and sentences with real offsets.</summary>
public static partial class TestArticles
{
    /// <summary>Longer than Teams' 80-character citation name, so truncation shows.</summary>
    public const string LongTitle =
        "Blinken and Lavrov hold their first telephone call since Russia launched its offensive in Ukraine in February";

    public static readonly Article Call = Build("call-2022-07-30", LongTitle, new DateOnly(2022, 7, 30),
        "US Secretary of State Antony Blinken held a telephonic conversation with Russian Foreign Minister Sergey Lavrov on Friday, "
        + "the first time the two have spoken since Russia launched its offensive in Ukraine on February 24. "
        + "He pressed the Kremlin to accept the substantial proposal for the release of two detainees, Paul Whelan and Brittney Griner, "
        + "and he stressed that the world expects Russia to keep its commitments on grain shipments.\n\n"
        + "Lavrov told Blinken that supplying military equipment to Kyiv would only prolong the conflict. "
        + "He accused the West of dragging out the fighting.");

    public static readonly Article Grain = Build("grain-2022-08-01", "First grain ship leaves Odesa", new DateOnly(2022, 8, 1),
        "The first ship carrying Ukrainian grain left the port of Odesa on Monday under a deal brokered by Turkey and the United Nations.");

    public static IReadOnlyList<Article> All { get; } = [Call, Grain];

    public static Article Build(string id, string title, DateOnly? date, string text)
    {
        var paragraphs = new List<Paragraph>();
        var number = 0;
        foreach (Match block in ParagraphPattern().Matches(text))
        {
            var sentences = SentencePattern().Matches(block.Value)
                .Select(s => new TextSpan(block.Index + s.Index, block.Index + s.Index + s.Value.TrimEnd().Length))
                .ToArray();
            paragraphs.Add(new Paragraph(id, ++number, new TextSpan(block.Index, block.Index + block.Length), null, sentences));
        }

        return new Article(id, title, date, null, text, paragraphs);
    }

    [GeneratedRegex(@"[^\n]+")]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"[^.!?]+[.!?]+\s*")]
    private static partial Regex SentencePattern();
}
