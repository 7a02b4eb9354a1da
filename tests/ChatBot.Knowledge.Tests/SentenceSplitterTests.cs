namespace ChatBot.Knowledge.Tests;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Split_AbbreviationsInitialsAndDecimals_KeepsSentencesWhole()
    {
        var text = "The U.S. Secretary met Dr. Smith on Feb. 3 in Washington. John F. Kennedy had said prices rose 3.5 percent. It ended.";

        var sentences = Split(text);

        Assert.Equal(
            ["The U.S. Secretary met Dr. Smith on Feb. 3 in Washington.", "John F. Kennedy had said prices rose 3.5 percent.", "It ended."],
            sentences);
    }

    [Fact]
    public void Split_QuotedSentences_EndAfterClosingQuote()
    {
        var text = "\"We had a frank and direct conversation. I pressed the Kremlin,\" Blinken said. \"The world will not recognize annexations.\" He added more.";

        var sentences = Split(text);

        Assert.Equal(
            ["\"We had a frank and direct conversation.", "I pressed the Kremlin,\" Blinken said.", "\"The world will not recognize annexations.\"", "He added more."],
            sentences);
    }

    [Fact]
    public void Split_LowercaseAfterPeriodAndQuestionMarks_SplitsOnlyAtSentenceStarts()
    {
        var text = "Is it 1973? Yes. Prices etc. went up, e.g. oil. Prime numbers (e.g. 2, 3) are odd except 2! Done";

        var sentences = Split(text);

        Assert.Equal(["Is it 1973?", "Yes.", "Prices etc. went up, e.g. oil.", "Prime numbers (e.g. 2, 3) are odd except 2!", "Done"], sentences);
    }

    [Fact]
    public void Split_SubRange_ReturnsOffsetsIntoWholeText()
    {
        var text = "Heading\n\nFirst one. Second one.";
        var start = text.IndexOf('F', StringComparison.Ordinal);

        var spans = SentenceSplitter.Split(text, new TextSpan(start, text.Length));

        Assert.Equal([new TextSpan(start, start + 10), new TextSpan(start + 11, text.Length)], spans);
    }
}
