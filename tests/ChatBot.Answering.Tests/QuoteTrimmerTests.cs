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

    [Fact]
    public void Trim_QuestionWordsInTwoClauses_KeepsTheClauseWithTheRarerOnes()
    {
        const string text = "The first working engine was built by Richard Trevithick in the United Kingdom and, after many failed trials over several wet and difficult winters, " +
            "the engine pulled a train along the old tramway, near Merthyr Tydfil to a village in south Wales.";

        var span = QuoteTrimmer.Trim(text, new TextSpan(0, text.Length), new QuestionProfile("In what country of the United Kingdom is Merthyr Tydfil?"), 120);

        Assert.Contains("near Merthyr Tydfil to a village in south Wales", text[span.Start..span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Trim_CommaInsideBrackets_KeepsTheBracketsWhole()
    {
        // A sentence of the SQuAD fixture's immune-system.txt (CC BY-SA 4.0, see tests/fixtures/squad-dev-sample/README.md).
        const string text = "On the basis of CST, Burnet developed a theory of how an immune response is triggered according to the " +
            "self/nonself distinction: \"self\" constituents (constituents of the body) do not trigger destructive immune responses, " +
            "while \"nonself\" entities (pathogens, an allograft) trigger a destructive immune response.";

        var span = QuoteTrimmer.Trim(text, new TextSpan(0, text.Length), new QuestionProfile("What are two examples of nonself entities in accordance with Frank Burnet's theory?"), 300);

        Assert.Contains("(pathogens, an allograft)", text[span.Start..span.End], StringComparison.Ordinal);
    }
}
