using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests;

public sealed class QuoteTrimmerTests
{
    private const string LongSentence =
        "The committee, which had met in secret for several months in a borrowed hall near the harbour while the city argued about its budget, " +
        "finally published its report on 12 March 1921, and the report, to the surprise of almost everyone who had followed the debate, " +
        "recommended that the old bridge be demolished and replaced by a tunnel under the river, at a cost of four million pounds.";

    [Fact]
    public void Trim_ShortSentence_ReturnsItWhole()
    {
        const string text = "Short sentence here. Another one.";

        var span = QuoteTrimmer.Trim(text, new TextSpan(0, 20), new QuestionProfile("what is short?"), 300);

        Assert.Equal("Short sentence here.", text[span.Start..span.End]);
    }

    [Fact]
    public void Trim_LongSentence_KeepsTheAnsweringClauseUnderTheLimit()
    {
        var span = QuoteTrimmer.Trim(LongSentence, new TextSpan(0, LongSentence.Length), new QuestionProfile("When did the committee publish its report?"), 150);

        var quote = LongSentence[span.Start..span.End];
        Assert.True(quote.Length < 150, quote);
        Assert.Contains("12 March 1921", quote, StringComparison.Ordinal);
        Assert.False(quote.EndsWith(',') || quote.StartsWith(' '));
    }

    [Fact]
    public void Trim_LongSentence_FollowsTheQuestionToItsClause()
    {
        var span = QuoteTrimmer.Trim(LongSentence, new TextSpan(0, LongSentence.Length), new QuestionProfile("How much would the tunnel cost?"), 150);

        Assert.Contains("four million pounds", LongSentence[span.Start..span.End], StringComparison.Ordinal);
        Assert.True(span.Length < 150);
    }

    [Fact]
    public void Trim_ClauseLongerThanLimit_CutsAtWordsAroundTheQuestionWords()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler words go on", 30)) + " the tunnel cost four million " + string.Join(' ', Enumerable.Repeat("and more filler", 30));

        var span = QuoteTrimmer.Trim(text, new TextSpan(0, text.Length), new QuestionProfile("tunnel cost"), 120);

        Assert.True(span.Length < 120);
        Assert.Contains("tunnel cost", text[span.Start..span.End], StringComparison.Ordinal);
    }
}
