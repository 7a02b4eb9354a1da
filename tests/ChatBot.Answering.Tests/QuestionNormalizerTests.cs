using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A misspelt word is read as the articles spell it, also when the user writes it with a possessive; a name typed in
/// lower case gets its capital back, without a correction to report.
/// </summary>
public sealed class QuestionNormalizerTests
{
    private static readonly Knowledge.Article Kilbrandon = TestArticles.FromText(
        "kilbrandon",
        "Devolution",
        "Kilbrandon published his report in 1973 recommending the establishment of a directly elected Scottish Assembly.");

    private static readonly Knowledge.Article Talks = TestArticles.FromText(
        "talks",
        "Talks",
        "Blinken spoke to Lavrov on Friday about Brittney Griner. Notably, it was their first call since February. Grain shipments from Turkey resumed.");

    [Fact]
    public void Normalize_MisspeltNameWithAPossessive_ReadsTheNameAndKeepsThePossessive()
    {
        var normalized = new QuestionNormalizer().Normalize("What did Kllbrandon's report recommend?", [Kilbrandon]);

        Assert.Equal("What did Kilbrandon's report recommend?", normalized.Text);
        Assert.Equal(new SpellingCorrection("Kllbrandon", "Kilbrandon"), Assert.Single(normalized.Corrections));
    }

    [Fact]
    public void Normalize_MisspeltNameWithoutAPossessive_ReadsTheName()
    {
        Assert.Equal("What did Kilbrandon publish?", new QuestionNormalizer().Normalize("What did Kilbrandn publish?", [Kilbrandon]).Text);
    }

    [Theory]
    [InlineData("did lavrov agree?", "did Lavrov agree?")]
    [InlineData("what did lavrov's team say?", "what did Lavrov's team say?")]
    [InlineData("who is zelensky?", "who is Zelensky?")]
    [InlineData("what does putin want?", "what does Putin want?")]
    [InlineData("who is griner?", "who is Griner?")]
    public void Normalize_NameTypedInLowerCase_GetsItsCapitalWithoutACorrection(string question, string read)
    {
        var normalized = new QuestionNormalizer().Normalize(question, [Talks]);

        Assert.Equal(read, normalized.Text);
        Assert.Empty(normalized.Corrections);
    }

    [Theory]
    [InlineData("what happened notably?")]
    [InlineData("how much grain was shipped?")]
    [InlineData("were the talks newer?")]
    [InlineData("what did turkey ship?")]
    public void Normalize_OrdinaryWordTheArticleCapitalises_StaysAsTyped(string question)
    {
        Assert.Equal(question, new QuestionNormalizer().Normalize(question, [Talks]).Text);
    }
}
