using System.Text.RegularExpressions;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.Llm;

/// <summary>Articles for the LLM tests: the seed article from the repository, or text written by a test.</summary>
internal static partial class TestArticles
{
    public static Article Seed() => FromText("article-2022-07-30", "Blinken and Lavrov speak", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "article-2022-07-30.txt")));

    /// <summary>One paragraph per non-empty line, sentences by full stops; offsets index into <paramref name="text"/>.</summary>
    public static Article FromText(string id, string title, string text)
    {
        var paragraphs = new List<Paragraph>();
        foreach (Match line in Line().Matches(text))
        {
            var sentences = Sentence().Matches(line.Value)
                .Select(s => new TextSpan(line.Index + s.Index, line.Index + s.Index + s.Length))
                .ToList();
            paragraphs.Add(new Paragraph(id, paragraphs.Count + 1, new TextSpan(line.Index, line.Index + line.Length), null, sentences));
        }

        return new Article(id, title, new DateOnly(2022, 7, 30), null, text, paragraphs);
    }

    public static RetrievedPassage Passage(Article article, int paragraph)
    {
        var p = article.Paragraphs[paragraph - 1];
        return new RetrievedPassage(article, p, 1.0 / paragraph, [.. p.Sentences.Select(s => new ScoredSentence(s, 0.5, 0.5, 0.5))]);
    }

    [GeneratedRegex(@"[^\n]*\S[^\n]*")]
    private static partial Regex Line();

    [GeneratedRegex(@"\S[^.!?]*(?:[.!?]+[""”]?|$)")]
    private static partial Regex Sentence();
}
