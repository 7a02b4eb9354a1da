using ChatBot.Answering.Tests.Fixtures;

namespace ChatBot.Answering.Tests;

/// <summary>
/// A reader of one article asks loosely worded questions about it and, now and then, something else entirely; the
/// quoted article's closeness to the question as a whole tells the two apart where one sentence sharing a word does not.
/// The questions are on the evaluation tool's test halves, never fitted on.
/// </summary>
public sealed class OneArticleAnswerabilityTests(SquadHost host) : IClassFixture<SquadHost>
{
    [Theory]
    [InlineData("What is the speed of sound in water?", "civil-disobedience")]
    [InlineData("What is the meaning of the word serendipity?", "geology")]
    public async Task AnswerAsync_OffTopicQuestionWithOneArticleInScope_Declines(string question, string article)
    {
        var answer = await host.Answerer.AnswerAsync(new Question(question, []) { ArticleId = article }, null, CancellationToken.None);

        Assert.Equal(AnswerKind.NotCovered, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("What civil rights movement in the US was known for it's disobedience?", "civil-disobedience", "Civil Rights Movement")]
    [InlineData("Sophocles demonstrated civil disobedience in a play that was called?", "civil-disobedience", "Antigone")]
    public async Task AnswerAsync_QuestionAboutTheArticleInScope_StillAnswers(string question, string article, string fact)
    {
        var answer = await host.Answerer.AnswerAsync(new Question(question, []) { ArticleId = article }, null, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(answer.Citations, c => c.Quote.Contains(fact, StringComparison.Ordinal));
    }
}
