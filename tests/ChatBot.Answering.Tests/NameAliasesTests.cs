using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A user names a country as they say it, the article as its writer does: a name the articles never use is read as
/// another name of it from WordNet that they write ("Reading *US* for *America*"), and a capital or a people as its country.
/// </summary>
public sealed class NameAliasesTests
{
    private static readonly Knowledge.Article Talks = TestArticles.FromText(
        "talks",
        "Talks",
        "The US pressed Russia to accept the proposal. Washington will continue to support Ukraine, the minister told us.");

    [Theory]
    [InlineData("America", "US")]
    [InlineData("Americans", "US")]
    [InlineData("Moscow", "Russia")]
    [InlineData("Russian", "Russia")]
    [InlineData("Ukrainian", "Ukraine")]
    [InlineData("Kyiv", "Ukraine")]
    public void Normalize_NameTheArticleCallsOtherwise_ReadsTheArticlesName(string name, string alias)
    {
        var normalized = new QuestionNormalizer().Normalize($"What did the minister say about {name}?", [Talks]);

        Assert.Equal($"What did the minister say about {alias}?", normalized.Text);
        Assert.Equal(new SpellingCorrection(name, alias), Assert.Single(normalized.Corrections));
    }

    [Theory]
    [InlineData("What did the minister tell America?")]
    [InlineData("What did the minister tell america?")]
    public void Normalize_AliasTheArticleWritesOnlyAsAnotherWord_LeavesTheName(string question)
    {
        // "us" is the pronoun there, never the country.
        var article = TestArticles.FromText("told", "Told", "The minister told us that Russia would not accept it.");

        Assert.Empty(new QuestionNormalizer().Normalize(question, [article]).Corrections);
    }

    [Theory]
    [InlineData("Who did Mrs Dale tell about this?", "Denmark joined the talks.")]
    [InlineData("Who do they hope Seth will like?", "Set was the god of storms.")]
    public void Normalize_PersonsName_IsNotReadAsAPlace(string question, string text)
    {
        // "Dale" is one edit from "Dane", a people of Denmark; WordNet's Seth is also the god Set. Only places and
        // their peoples have other names here, and only a place's spelling is matched one edit away.
        var article = TestArticles.FromText("other", "Other", text);

        Assert.Empty(new QuestionNormalizer().Normalize(question, [article]).Corrections);
    }

    [Fact]
    public void Normalize_NameTheArticleUses_IsLeftAsTyped()
    {
        Assert.Empty(new QuestionNormalizer().Normalize("What will Washington do for Ukraine?", [Talks]).Corrections);
    }

    [Fact]
    public void Of_CountryWithoutItsOwnName_IsEmpty()
    {
        Assert.Empty(NameAliases.Default.Of("Blinken"));
        Assert.Empty(NameAliases.Default.Of("us"));
    }
}
