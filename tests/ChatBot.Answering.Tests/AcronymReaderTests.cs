using ChatBot.Answering.Tests.Fakes;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A user shortens what the article names in full ("the SP" for "the Scottish Parliament"): the question is read with
/// the name the acronym spells, and the reply says so, unless the articles write the acronym themselves or no one
/// name spells it.
/// </summary>
public sealed class AcronymReaderTests
{
    private static readonly Article Parliament = TestArticles.FromText(
        "parliament",
        "Scottish Parliament",
        "The Scottish Parliament sits in Edinburgh and its members can alter income tax. Members of Parliament at Westminster keep the reserved matters. "
        + "Under the Standing Orders the Scottish Parliament elects a Presiding Officer. After World War II the "
        + "American Automobile Association reported shortages.");

    private static readonly HashSet<string> NoOtherWords = [];

    [Theory]
    [InlineData("SP", "Scottish Parliament")]
    [InlineData("MPs", "Members of Parliament")]
    [InlineData("WWII", "World War II")]
    [InlineData("AAA", "American Automobile Association")]
    public void Expand_AcronymOfANameTheArticleSpellsOut_GivesTheName(string acronym, string name)
    {
        Assert.Equal(name, new AcronymReader([Parliament]).Expand(acronym, NoOtherWords));
    }

    [Theory]
    [InlineData("WWI")] // "World War II" is another war
    [InlineData("US")] // "Under the Standing" starts with a stop word, not a name
    [InlineData("EU")] // nothing spells it
    [InlineData("Sp")] // not written as an acronym
    public void Expand_NoNameSpellsTheAcronym_GivesNothing(string acronym)
    {
        Assert.Null(new AcronymReader([Parliament]).Expand(acronym, NoOtherWords));
    }

    [Fact]
    public void Expand_TwoNamesSpellItAsOften_GivesNothing()
    {
        var article = TestArticles.FromText("pm", "PM", "The Prime Minister met the Party Members. The Prime Minister left. The Party Members stayed.");

        Assert.Null(new AcronymReader([article]).Expand("PM", NoOtherWords));
    }

    [Fact]
    public void Normalize_QuestionWithAnAcronymTheArticleSpellsOut_ReadsItAsTheNameAndSaysSo()
    {
        var normalized = new QuestionNormalizer().Normalize("How much can the SP's members alter income tax?", [Parliament]);

        Assert.Equal("How much can the Scottish Parliament's members alter income tax?", normalized.Text);
        var answer = normalized.Annotate(new Answer(true, "…", [], normalized.Text, []));
        Assert.StartsWith("Reading *Scottish Parliament* for *SP*.", answer.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_NameOnlyInAStoryWithoutTheQuestionsOtherWords_IsNoReading()
    {
        var clippers = TestArticles.FromText("nba", "Basketball", "The Los Angeles Clippers won the game in overtime.");
        const string question = "What is the LAC charged with maintaining?";

        Assert.Equal(question, new QuestionNormalizer().Normalize(question, [clippers]).Text);
    }

    [Fact]
    public void Normalize_NameInAStoryWithTheQuestionsOtherWords_IsRead()
    {
        var archives = TestArticles.FromText("lac", "Archives", "The Library and Archives Canada is charged with maintaining the national records.");

        Assert.Equal(
            "What is the Library and Archives Canada charged with maintaining?",
            new QuestionNormalizer().Normalize("What is the LAC charged with maintaining?", [archives]).Text);
    }

    [Theory]
    [InlineData("WHO ELECTS THE SP?")] // typed in capitals throughout
    [InlineData("IN Edinburgh, who elects the Presiding Officer?")] // a word opening the question, the caps lock still on
    public void Normalize_CapitalsThatAreWords_ReadNoAcronym(string question)
    {
        var article = TestArticles.FromText("newton", "Newton", "Isaac Newton stated the laws. The Scottish Parliament in Edinburgh elects the Presiding Officer.");

        Assert.Equal(question, new QuestionNormalizer().Normalize(question, [article]).Text);
    }

    [Fact]
    public void Normalize_AcronymTheArticleWritesOnlyAsALowerCaseWord_IsStillRead()
    {
        var article = TestArticles.FromText("who", "WHO", "The World Health Organization, who met in Geneva, approved the vaccine.");

        Assert.Equal(
            "When did the World Health Organization approve the vaccine?",
            new QuestionNormalizer().Normalize("When did the WHO approve the vaccine?", [article]).Text);
    }

    [Fact]
    public void Normalize_AcronymTheArticleWrites_LeavesIt()
    {
        var article = TestArticles.FromText("un", "UN", "The United Nations met. The UN agreed on grain shipments.");

        Assert.Equal("What did the UN agree?", new QuestionNormalizer().Normalize("What did the UN agree?", [article]).Text);
    }
}
