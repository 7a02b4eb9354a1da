namespace ChatBot.Knowledge.Tests;

public sealed class QuestionsInFlightTests
{
    [Fact]
    public async Task BackgroundSlotAsync_QuestionInFlight_LeavesTheQuestionACoreUntilItIsAnswered()
    {
        var questions = new QuestionsInFlight(slots: 2);
        using var first = await questions.BackgroundSlotAsync(CancellationToken.None);

        var question = questions.Question();
        var second = questions.BackgroundSlotAsync(CancellationToken.None);
        await Task.Delay(50);
        var heldBack = second.IsCompleted;
        question.Dispose();
        using var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(heldBack);
        Assert.Equal(2, questions.Allowed);
    }

    [Fact]
    public async Task BackgroundSlotAsync_OneSlotAndQuestionsInFlight_BackgroundStillRuns()
    {
        var questions = new QuestionsInFlight(slots: 1);
        using var question = questions.Question();

        using var slot = await questions.BackgroundSlotAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, questions.Allowed);
    }
}
