using ChatBot.Answering.Extractive;
using ChatBot.Answering.Text;

namespace ChatBot.Answering.Tests;

/// <summary>
/// "How big / old / long …" is answered by a figure in a unit, seldom by the adjective: a sentence that gives the
/// measure holds that word of the question, one on the same subject without the measure does not.
/// </summary>
public sealed class MeasureWordsTests
{
    [Theory]
    [InlineData("How big was the crowd?", "in front of a capacity crowd of 135,000")]
    [InlineData("How old is Vettel?", "relegating the 25-year-old to second")]
    [InlineData("How long did the embargo last?", "the embargo was lifted in March 1974, five months later")]
    [InlineData("How far is the track from the city?", "the circuit lies 20 miles south of the city")]
    [InlineData("How long has he lived there?", "He has lived there since the war ended.")]
    [InlineData("How long was the hostage held?", "The hostage was held for several weeks.")]
    public void Credit_SentenceThatGivesTheMeasure_HoldsTheMeasureWord(string question, string sentence)
    {
        var profile = new QuestionProfile(question);
        var measure = Assert.Single(profile.Measures);

        Assert.True(WordMatches.Exact(profile).Credit(measure, StemsOf(sentence)) > 0, $"{measure} in: {sentence}");
    }

    [Theory]
    [InlineData("How far is Warsaw from the sea?", "Warsaw lies about 260 km (160 mi) from the Baltic Sea.", true)]
    [InlineData("How far is Warsaw from the sea?", "City records as far back as 1609 document the use of a sea monster.", false)]
    [InlineData("How old is Vettel?", "Vettel won his first title in 2010.", false)]
    [InlineData("How many titles has Vettel won?", "Vettel won his first title in 2010.", true)]
    public void AnswerType_MeasureQuestion_MatchesOnlyAFigureInItsUnit(string question, string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypeCues.Match(new QuestionProfile(question), sentence) > 0);

    [Theory]
    [InlineData("How old is the universe?", "All of the forces in the universe are based on four fundamental interactions.")]
    [InlineData("How far did prices rise?", "Prices rose sharply after the embargo.")]
    [InlineData("How long is Griner's prison sentence?", "Griner was detained at a Moscow airport.")]
    [InlineData("How long is Griner's prison sentence?", "US officials in recent days have spoken about their efforts for the release of Brittney Griner.")]
    [InlineData("How far is the border?", "Troops moved to within miles of the border.")]
    public void Credit_SentenceOnTheSubjectWithoutTheMeasure_DoesNotHoldIt(string question, string sentence)
    {
        var profile = new QuestionProfile(question);
        var measure = Assert.Single(profile.Measures);

        Assert.Equal(0, WordMatches.Exact(profile).Credit(measure, StemsOf(sentence)));
    }

    [Fact]
    public void Measures_AdjectiveNotAfterHow_IsNotAMeasureAsked()
    {
        Assert.Empty(new QuestionProfile("Why was the crowd so big?").Measures);
    }

    private static HashSet<string> StemsOf(string text) =>
        TextTerms.Tokenize(text).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
}
