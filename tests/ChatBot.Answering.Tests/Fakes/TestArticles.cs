using System.Text.RegularExpressions;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.Fakes;

/// <summary>Articles built from plain text for unit tests: blank lines separate paragraphs, ". " ends sentences.</summary>
public static partial class TestArticles
{
    public static Article FromText(string id, string title, string text)
    {
        var paragraphs = new List<Paragraph>();
        var number = 0;
        foreach (Match block in Block().Matches(text))
        {
            var sentences = Sentence().Matches(block.Value)
                .Select(m => new TextSpan(block.Index + m.Index, block.Index + m.Index + m.Value.TrimEnd().Length))
                .ToList();
            paragraphs.Add(new Paragraph(id, ++number, new TextSpan(block.Index, block.Index + block.Length), null, sentences));
        }

        return new Article(id, title, new DateOnly(2022, 7, 30), null, text, paragraphs);
    }

    [GeneratedRegex(@"[^\n]+(?:\n[^\n]+)*")]
    private static partial Regex Block();

    [GeneratedRegex(@"[^.!?]+[.!?]+\s*")]
    private static partial Regex Sentence();
}
