using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

public sealed class QuoteMarksTests
{
    [Theory]
    [InlineData("\"We had a frank and direct conversation.", "\"We had a frank and direct conversation.\"")]
    [InlineData("I pressed the Kremlin to accept the proposal,\" Antony Blinken told reporters.", "\"I pressed the Kremlin to accept the proposal,\" Antony Blinken told reporters.")]
    [InlineData("they won the war in Algeria”, he said.", "“they won the war in Algeria”, he said.")]
    [InlineData("termed their action \"unacceptable.\"", "termed their action \"unacceptable.\"")]
    [InlineData("will \"never\" be accepted", "will \"never\" be accepted")]
    [InlineData("no marks at all", "no marks at all")]
    public void Balance_QuoteCutInsideTheArticlesQuotation_GetsTheMissingMark(string quote, string expected) =>
        Assert.Equal(expected, QuoteMarks.Balance(quote));

    [Fact]
    public void Wrap_CutQuoteEndingInsideAQuotation_BalancedInsideTheOuterMarks() =>
        Assert.Equal("“…he said \"we will never accept it\"…”", QuoteMarks.Wrap("he said \"we will never accept it", cutBefore: true, cutAfter: true));

    [Fact]
    public void Wrap_QuoteThatIsTheArticlesQuotation_KeepsItsOwnMarks() =>
        Assert.Equal("\"We had a frank and direct conversation.\"", QuoteMarks.Wrap("\"We had a frank and direct conversation.", cutBefore: false, cutAfter: false));
}
