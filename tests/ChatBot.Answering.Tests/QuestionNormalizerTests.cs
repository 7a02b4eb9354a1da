using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>A misspelt word is read as the articles spell it, also when the user writes it with a possessive.</summary>
public sealed class QuestionNormalizerTests
{
    private static readonly Knowledge.Article Kilbrandon = TestArticles.FromText(
        "kilbrandon",
        "Devolution",
        "Kilbrandon published his report in 1973 recommending the establishment of a directly elected Scottish Assembly.");

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
}
