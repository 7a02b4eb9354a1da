namespace ChatBot.Knowledge.Tests;

/// <summary>The parser on the 12 shared SQuAD articles: structure and exact offsets.</summary>
public sealed class SquadFixtureTests
{
    public static TheoryData<string> ArticleFiles() =>
        new(Directory.GetFiles(RepositoryPaths.SquadSample, "*.txt").Select(Path.GetFileName).OfType<string>());

    private static Article Parse(string fileName) =>
        ArticleParser.Parse(Path.GetFileNameWithoutExtension(fileName), File.ReadAllText(Path.Combine(RepositoryPaths.SquadSample, fileName)), isMarkdown: false);

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public void Parse_EverySentence_RoundTripsItsOffsetsExactly(string fileName)
    {
        var article = Parse(fileName);

        foreach (var paragraph in article.Paragraphs)
        {
            var paragraphText = article.Slice(paragraph.Span);
            var covered = paragraph.Span.Start;
            foreach (var sentence in paragraph.Sentences)
            {
                var quote = article.Slice(sentence);
                Assert.Equal(quote, article.Text[sentence.Start..sentence.End]);
                Assert.Equal(quote.Trim(), quote);
                Assert.Contains(quote, paragraphText, StringComparison.Ordinal);
                Assert.True(string.IsNullOrWhiteSpace(article.Text[covered..sentence.Start]), $"Text lost between sentences in {paragraph.Id}");
                covered = sentence.End;
            }

            Assert.Equal(paragraph.Span.End, covered);
        }
    }

    [Fact]
    public void Parse_AllArticles_ParagraphCountsMatchTheSample()
    {
        var expected = File.ReadAllLines(Path.Combine(RepositoryPaths.SquadSample, "articles.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => (Title: cells[1], Paragraphs: int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture)));

        foreach (var (slug, (title, paragraphs)) in expected)
        {
            var article = Parse(slug + ".txt");
            Assert.Equal(title, article.Title);
            Assert.Equal(paragraphs, article.Paragraphs.Count);
        }
    }
}
