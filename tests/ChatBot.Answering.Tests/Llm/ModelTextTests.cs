using ChatBot.Answering.Llm;

namespace ChatBot.Answering.Tests.Llm;

public sealed class ModelTextTests
{
    [Fact]
    public void Parse_MarkersAfterTheFullStop_BelongToTheSentenceBefore()
    {
        var sentences = ModelText.Parse("Blinken called Lavrov. [1] He pressed the Kremlin.[2][3] Lavrov disagreed [1, 4].");

        Assert.Equal(["Blinken called Lavrov.", "He pressed the Kremlin.", "Lavrov disagreed."], sentences.Select(s => s.Text));
        Assert.Equal([[1], [2, 3], [1, 4]], sentences.Select(s => s.Markers.ToArray()));
    }

    [Fact]
    public void Parse_NamedMarkers_ReadAsNumbers()
    {
        var sentences = ModelText.Parse("Blinken called Lavrov [Passage 2]. Lavrov disagreed [source 3].");

        Assert.Equal([[2], [3]], sentences.Select(s => s.Markers.ToArray()));
        Assert.Equal("Blinken called Lavrov.", sentences[0].Text);
    }

    [Fact]
    public void Parse_AbbreviationsAndLowercaseContinuations_DoNotEndASentence()
    {
        var sentences = ModelText.Parse("The U.S. Secretary of State spoke with Mr. Lavrov on Friday [1]. It lasted an hour [2].");

        Assert.Equal(2, sentences.Count);
        Assert.Equal("The U.S. Secretary of State spoke with Mr. Lavrov on Friday.", sentences[0].Text);
    }

    [Fact]
    public void Parse_ListItems_AreFlattenedIntoSentencesOfOneParagraph()
    {
        var sentences = ModelText.Parse("- Blinken called Lavrov [1].\n- Lavrov warned about weapons [2].\n\nBoth discussed food [3].");

        Assert.Equal(["Blinken called Lavrov.", "Lavrov warned about weapons.", "Both discussed food."], sentences.Select(s => s.Text));
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Block));
    }

    [Fact]
    public void Compose_KeptSentences_PutsMarkersBeforeTheFullStopAndKeepsParagraphs()
    {
        var sentences = ModelText.Parse("Blinken called Lavrov.\n\nLavrov warned about weapons!");

        var text = ModelText.Compose([(sentences[0], [1]), (sentences[1], [1, 2])]);

        Assert.Equal("Blinken called Lavrov [1].\n\nLavrov warned about weapons [1][2]!", text);
    }

    [Theory]
    [InlineData("NOT_FOUND", true)]
    [InlineData("  NOT_FOUND.", true)]
    [InlineData("not found", true)]
    [InlineData("Blinken did not find common ground with Lavrov [1].", false)]
    public void IsNotFound_ModelReply_RecognisesTheFixedReplyOnly(string reply, bool expected)
    {
        Assert.Equal(expected, ModelText.IsNotFound(reply));
    }

    [Theory]
    [InlineData("NOT_", true)]
    [InlineData("NOT_FOUND", true)]
    [InlineData("Blinken", false)]
    public void MayBecomeNotFound_PartialStream_HoldsBackOnlyWhatCouldBeTheFixedReply(string partial, bool expected)
    {
        Assert.Equal(expected, ModelText.MayBecomeNotFound(partial));
    }
}
