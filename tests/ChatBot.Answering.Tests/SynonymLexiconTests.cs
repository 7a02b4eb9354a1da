using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>The WordNet lexicon the answerer reads a question's other words with.</summary>
public sealed class SynonymLexiconTests
{
    [Theory]
    [InlineData("freed", "released")]
    [InlineData("believed", "thought")]
    [InlineData("comprised", "constitutes")]
    [InlineData("began", "started")]
    public void StemsOfSynonyms_InflectedWord_FindsTheArticlesWordForTheSameSense(string asked, string written)
    {
        Assert.Contains(TextTerms.Stem(written), SynonymLexicon.Default.StemsOfSynonyms(asked));
    }

    [Theory]
    [InlineData("free", "exempt")]
    [InlineData("start", "act")]
    public void StemsOfSynonyms_SenseFarDownTheWordsList_IsNotASynonym(string asked, string written)
    {
        Assert.DoesNotContain(TextTerms.Stem(written), SynonymLexicon.Default.StemsOfSynonyms(asked));
    }

    [Fact]
    public void StemsOfSynonyms_WordWordNetLacks_FindsNothing()
    {
        Assert.Empty(SynonymLexicon.Default.StemsOfSynonyms("lavrov"));
    }
}
