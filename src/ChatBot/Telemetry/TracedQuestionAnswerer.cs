using System.Diagnostics;
using ChatBot.Answering;
using Microsoft.Extensions.Options;

namespace ChatBot.Telemetry;

/// <summary>Wraps the registered answerer: a <c>chatbot.answer</c> span and the answer metrics for every question.</summary>
internal sealed class TracedQuestionAnswerer(IQuestionAnswerer inner, ChatBotMetrics metrics, IOptions<TelemetryOptions> options) : IQuestionAnswerer, IAnswererDecorator
{
    public IQuestionAnswerer Inner => inner;

    public async Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        using var activity = ChatBotTelemetry.Source.StartActivity("chatbot.answer");
        activity?.SetTag("chatbot.history_turns", question.History.Count);
        if (options.Value.IncludeUserText && activity is not null)
        {
            var text = question.Text;
            activity.SetTag(ChatBotTelemetry.QuestionTag, text.Length <= options.Value.MaxUserTextLength ? text : text[..options.Value.MaxUserTextLength]);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = await inner.AnswerAsync(question, drafts, cancellationToken);
            var outcome = AnswerOutcome.Of(answer);
            activity?.SetTag(ChatBotTelemetry.OutcomeTag, outcome);
            activity?.SetTag("chatbot.citations", answer.Citations.Count);
            metrics.Answered(outcome, answer.Citations.Count, Stopwatch.GetElapsedTime(started));
            return answer;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    public Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken) =>
        inner.SuggestStarterQuestionsAsync(count, cancellationToken);
}
