using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// With the twelve SQuAD articles loaded, general-knowledge questions that only brush the science articles are declined
/// (the many-articles answerability model); these questions are on the evaluation tool's test half, never fitted on.
/// </summary>
public sealed class ManyArticlesAnswerabilityTests(SquadHost host) : IClassFixture<SquadHost>
{
    [Theory]
    [InlineData("When is the next solar eclipse?")]
    [InlineData("What is the speed of sound in water?")]
    [InlineData("Who was the first woman in space?")]
    [InlineData("How much water should I drink a day?")]
    public async Task AnswerAsync_OffTopicQuestionOverTwelveArticles_Declines(string question)
    {
        var answer = await host.AskAsync(question);

        Assert.Equal(AnswerKind.NotCovered, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("What does the immune system protect against?", "immune-system")]
    [InlineData("Who was the first person to isolate oxygen?", "oxygen")]
    public async Task AnswerAsync_QuestionTheArticlesAnswer_StillAnswersFromTheRightArticle(string question, string article)
    {
        var answer = await host.AskAsync(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(article, answer.Citations[0].ArticleId);
    }
}
