namespace ChatBot.Knowledge.Tests;

public sealed class ArticleParserTests
{
    [Fact]
    public void Parse_SeedArticleWithDatePrefix_ReadsDateAndKeepsItOutOfTheText()
    {
        var article = ArticleParser.Parse("article-2022-07-30", File.ReadAllText(RepositoryPaths.SeedArticle), isMarkdown: false);

        Assert.Equal(new DateOnly(2022, 7, 30), article.Date);
        Assert.StartsWith("US Secretary of State, Antony Blinken", article.Slice(article.Paragraphs[0].Span), StringComparison.Ordinal);
        Assert.DoesNotContain("date 2022", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedArticleHeadingLine_BelongsToTheParagraphsBelowIt()
    {
        var article = ArticleParser.Parse("article-2022-07-30", File.ReadAllText(RepositoryPaths.SeedArticle), isMarkdown: false);

        Assert.Equal(7, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, p => article.Slice(p.Span) == "Lavrov & Blinken discuss situation in Ukraine");
        Assert.All(article.Paragraphs.Take(5), p => Assert.Null(p.Heading));
        Assert.All(article.Paragraphs.Skip(5), p => Assert.Equal("Lavrov & Blinken discuss situation in Ukraine", p.Heading));
        Assert.StartsWith("Meanwhile, the Russian Foreign Ministry", article.Slice(article.Paragraphs[5].Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FrontMatter_GivesTitleDateAndSource()
    {
        const string Content = "---\ntitle: Grain deal holds\ndate: 2023-01-15\nsource: \"https://example.org/grain\"\ntags: food\n---\nShips left Odesa on Monday. More followed.\n\nA second paragraph.\n";

        var article = ArticleParser.Parse("grain", Content, isMarkdown: true);

        Assert.Equal("Grain deal holds", article.Title);
        Assert.Equal(new DateOnly(2023, 1, 15), article.Date);
        Assert.Equal("https://example.org/grain", article.Source);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("Ships left Odesa on Monday.", article.Slice(article.Paragraphs[0].Sentences[0]));
    }

    [Fact]
    public void Parse_TitleLineAndMarkdownHeadings_AreNotParagraphs()
    {
        const string Content = "# Steam power\n\nIntro paragraph here.\n\n## History\n\nEarly engines were slow.\n\nThey improved.\n";

        var article = ArticleParser.Parse("steam", Content, isMarkdown: true);

        Assert.Equal("Steam power", article.Title);
        Assert.Equal(["Intro paragraph here.", "Early engines were slow.", "They improved."], article.Paragraphs.Select(p => article.Slice(p.Span)));
        Assert.Equal([null, "History", "History"], article.Paragraphs.Select(p => p.Heading));
        Assert.Equal([1, 2, 3], article.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_SeedArticleWithoutTitleLine_TakesTitleFromItsSectionHeading()
    {
        var article = ArticleParser.Parse("article-2022-07-30", File.ReadAllText(RepositoryPaths.SeedArticle), isMarkdown: false);

        Assert.Equal("Lavrov & Blinken discuss situation in Ukraine", article.Title);
    }

    [Fact]
    public void Parse_NoTitleLine_TakesTitleFromFileName()
    {
        var article = ArticleParser.Parse("oil_prices", "Prices rose sharply. Then they fell.\n", isMarkdown: false);

        Assert.Equal("Oil prices", article.Title);
        Assert.Single(article.Paragraphs);
    }

    [Theory]
    [InlineData("Is the housing boom over?")]
    [InlineData("Blair 'will not quit'")]
    [InlineData("Minister: \"We will not back down\"")]
    [InlineData("Sky-high fares shock Londoners!")]
    [InlineData("Rates held at 4.75%")]
    public void Parse_HeadlineLineEndingInQuestionExclamationOrQuote_IsTheTitleNotAParagraph(string headline)
    {
        var content = $"{headline}\n\nThe first paragraph says what happened. It has two sentences.\n\nA second paragraph.\n";

        var article = ArticleParser.Parse("business-034", content, isMarkdown: false);

        Assert.Equal(headline, article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.StartsWith("The first paragraph", article.Slice(article.Paragraphs[0].Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The minister resigned on Monday.")]
    [InlineData("He said: \"We will not back down.\"")]
    public void Parse_FirstLineEndingAsASentence_StaysAParagraph(string line)
    {
        var content = $"{line}\n\nA second paragraph follows.\n";

        var article = ArticleParser.Parse("business-035", content, isMarkdown: false);

        Assert.Equal("Business 035", article.Title);
        Assert.Equal(line, article.Slice(article.Paragraphs[0].Span));
    }

    [Theory]
    [InlineData("---\ntitle: never closed\nSome text.\n")]
    [InlineData("---\ndate: 2023-13-45\n---\nSome text.\n")]
    [InlineData("date 2022-02-30 Some text.\n")]
    [InlineData("   \n\n  \n")]
    public void Parse_MalformedContent_ThrowsArticleFormatException(string content)
    {
        Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("broken", content, isMarkdown: false));
    }
}
