using ChatBot.Answering;
using ChatBot.State;
using ChatBot.Telemetry;

namespace ChatBot.Insights;

/// <summary>
/// Wraps the registered answerer and records each answered or declined question for the insights view, with the
/// channel and message id of the turn it serves (<see cref="TurnScope"/>). A store that cannot be reached never
/// fails the turn: the event is dropped and logged.
/// </summary>
internal sealed partial class InsightsRecorder(
    IQuestionAnswerer inner, IInsightsStore store, TurnScope turns, TimeProvider timeProvider, ILogger<InsightsRecorder> logger)
    : IQuestionAnswerer, IAnswererDecorator
{
    public IQuestionAnswerer Inner => inner;

    public async Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answer = await inner.AnswerAsync(question, drafts, cancellationToken);
        var turn = turns.Current;
        var entry = new InsightEvent(
            timeProvider.GetUtcNow(),
            AnswerOutcome.Of(answer),
            turn?.Channel ?? "unknown",
            turn?.QuestionId,
            question.Text.Trim(),
            [.. answer.Citations.Select(c => new InsightQuote(c.ArticleId, c.Title, c.Paragraph, c.Quote))]);
        try
        {
            await store.RecordAsync(entry, cancellationToken);
        }
        catch (StateUnavailableException ex)
        {
            LogNotRecorded(logger, entry.Outcome, ex);
        }

        return answer;
    }

    public Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken) =>
        inner.SuggestStarterQuestionsAsync(count, cancellationToken);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Insights store unreachable: a {Outcome} question was not recorded")]
    private static partial void LogNotRecorded(ILogger logger, string outcome, Exception error);
}
