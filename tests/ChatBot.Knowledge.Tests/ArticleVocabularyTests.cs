namespace ChatBot.Knowledge.Tests;

public sealed class ArticleVocabularyTests
{
    private static readonly ArticleVocabulary s_seed = new([
        new Article("seed", "Seed", null, null, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "content", "article-2022-07-30.txt")), []),
    ]);

    [Theory]
    [InlineData("lavrof", "Lavrov")]
    [InlineData("blinkin", "Blinken")]
    [InlineData("brittny", "Brittney")]
    [InlineData("anexation", "annexation")]
    [InlineData("weppons", "weapons")]
    public void Suggest_MisspeltWord_TheArticlesSpelling(string typed, string expected) =>
        Assert.Equal(expected, s_seed.Suggest(typed));

    [Theory]
    [InlineData("weather")]
    [InlineData("password")]
    [InlineData("Lavrov")]
    [InlineData("annexations")]
    [InlineData("qzxv")]
    [InlineData("cat")]
    public void Suggest_KnownOrHopelessWord_NoCorrection(string typed) =>
        Assert.Null(s_seed.Suggest(typed));

    [Fact]
    public void IsCommonWord_NameAndOrdinaryWord_ToldApart()
    {
        Assert.True(s_seed.InArticles("lavrov"));
        Assert.False(s_seed.IsCommonWord("Lavrov"));
        Assert.True(s_seed.IsCommonWord("proposal"));
    }

    [Theory]
    [InlineData("grian", "grain")]
    [InlineData("Grian", "Gran")]
    public void Suggest_OrdinaryWordAndNameEquallyNear_TheOneWrittenAsTyped(string typed, string expected)
    {
        // "Gran" is three times as frequent as "grain" here; beside the seed article, the oil-crisis story's "Plymouth Gran Fury" won.
        var vocabulary = new ArticleVocabulary([
            new Article("a", "A", null, null, "The grain deal was signed. The Gran Premio was run. Gran Premio winners. The Gran Turismo.", []),
        ]);

        Assert.Equal(expected, vocabulary.Suggest(typed));
    }
}
