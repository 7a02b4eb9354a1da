using ChatBot.Answering.Extractive;

namespace ChatBot.Answering.Tests;

public sealed class QuestionPartsTests
{
    [Theory]
    [InlineData("Who did Blinken want freed, and what did he threaten Russia with?", "Who did Blinken want freed?", "What did he threaten Russia with?")]
    [InlineData("When did the embargo start and when did it end?", "When did the embargo start?", "When did it end?")]
    [InlineData("who won the race and who came second", "Who won the race?", "Who came second?")]
    [InlineData("What does Griner do; where is she held?", "What does Griner do?", "Where is she held?")]
    public void Split_TwoAsks_GivesEachAsAQuestion(string question, string first, string second)
    {
        Assert.Equal([first, second], QuestionParts.Split(question));
    }

    [Theory]
    [InlineData("When did Blinken and Lavrov talk?")]
    [InlineData("Who are Paul Whelan and Brittney Griner?")]
    [InlineData("What happened after the embargo, when prices rose?")]
    [InlineData("What did Lavrov say and do?")]
    [InlineData("Tell me about the race and who won it")]
    [InlineData("Who was arrested and was released?")]
    public void Split_OneAsk_KeepsTheQuestionWhole(string question)
    {
        Assert.Equal([question], QuestionParts.Split(question));
    }
}
