using ChatBot.Answering.SmallTalk;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests.SmallTalk;

public sealed class LanguageGuardTests(ITestOutputHelper output)
{
    [Fact]
    public void IsEnglish_SquadQuestions_AlmostAllEnglish()
    {
        var flagged = EnglishQuestions.Squad.Where(q => !LanguageGuard.IsEnglish(q, EnglishQuestions.SquadVocabulary)).ToList();

        flagged.ForEach(q => output.WriteLine("FLAGGED " + q));
        output.WriteLine($"{flagged.Count}/{EnglishQuestions.Squad.Count} English questions taken for another language");
        Assert.True(flagged.Count <= 0.002 * EnglishQuestions.Squad.Count, $"{flagged.Count} flagged");
    }

    [Fact]
    public void IsEnglish_QuestionsInOtherLanguages_MostRecognised()
    {
        var missed = EnglishQuestions.OtherLanguages.Where(q => LanguageGuard.IsEnglish(q.Question, EnglishQuestions.SquadVocabulary)).ToList();

        missed.ForEach(q => output.WriteLine($"MISSED [{q.Language}] {q.Question}"));
        var share = 1 - (missed.Count / (double)EnglishQuestions.OtherLanguages.Count);
        output.WriteLine($"{EnglishQuestions.OtherLanguages.Count - missed.Count}/{EnglishQuestions.OtherLanguages.Count} recognised ({share:P0})");
        Assert.True(share >= 0.9, $"only {share:P0}");
    }

    [Theory]
    [InlineData("Qui est Antony Blinken ?")]
    [InlineData("Что сказал Лавров?")]
    public void IsEnglish_NamesInAForeignQuestion_StillForeign(string question) =>
        Assert.False(LanguageGuard.IsEnglish(question, EnglishQuestions.SquadVocabulary));
}
