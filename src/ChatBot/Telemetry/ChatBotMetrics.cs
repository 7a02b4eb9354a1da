using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatBot.Knowledge;
using ChatBot.State;

namespace ChatBot.Telemetry;

/// <summary>
/// The service's instruments on the <see cref="ChatBotTelemetry.MeterName"/> meter: turns, answers by outcome,
/// citations per answer, latencies, feedback, the index's size and readiness, and whether the state store is degraded.
/// </summary>
public sealed class ChatBotMetrics
{
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _answers;
    private readonly Histogram<int> _citations;
    private readonly Histogram<double> _answerDuration;
    private readonly Histogram<double> _retrievalDuration;
    private readonly Histogram<double> _stateDuration;
    private readonly Counter<long> _feedback;

    public ChatBotMetrics(IMeterFactory meterFactory, IKnowledgeBase knowledge, StateHealth stateHealth)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(ChatBotTelemetry.MeterName);
        _turns = meter.CreateCounter<long>("chatbot.turns", "{turn}", "Turns received, by channel and activity type");
        _turnDuration = meter.CreateHistogram<double>("chatbot.turn.duration", "s", "Time from receiving a turn to its last reply");
        _answers = meter.CreateCounter<long>("chatbot.answers", "{answer}", "Answers by outcome: answered, declined, small_talk");
        _citations = meter.CreateHistogram<int>("chatbot.answer.citations", "{citation}", "Citations per answered question");
        _answerDuration = meter.CreateHistogram<double>("chatbot.answer.duration", "s", "Time to answer a question (retrieval included)");
        _retrievalDuration = meter.CreateHistogram<double>("chatbot.retrieval.duration", "s", "Time to retrieve passages for a question");
        _stateDuration = meter.CreateHistogram<double>("chatbot.state.duration", "s", "Time of a conversation-state read or write");
        _feedback = meter.CreateCounter<long>("chatbot.feedback", "{reaction}", "Feedback on answers, by reaction (like, dislike)");
        meter.CreateObservableGauge("chatbot.index.articles", () => knowledge.Articles.Count, "{article}", "Articles indexed");
        meter.CreateObservableGauge("chatbot.index.paragraphs", () => knowledge.Articles.Sum(a => a.Paragraphs.Count), "{paragraph}", "Paragraphs indexed");
        meter.CreateObservableGauge("chatbot.index.ready", () => knowledge.IsReady ? 1 : 0, null, "1 once the articles are indexed and questions can be answered");
        meter.CreateObservableGauge("chatbot.state.degraded", () => stateHealth.IsDegraded ? 1 : 0, null, "1 while the state store (Redis) is unreachable");
    }

    public void TurnCompleted(string channel, string activityType, TimeSpan elapsed)
    {
        var tags = new TagList { { ChatBotTelemetry.ChannelTag, channel }, { "chatbot.activity_type", activityType } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void Answered(string outcome, int citations, TimeSpan elapsed)
    {
        var tags = new TagList { { ChatBotTelemetry.OutcomeTag, outcome } };
        _answers.Add(1, tags);
        _answerDuration.Record(elapsed.TotalSeconds, tags);
        if (outcome == AnswerOutcome.Answered)
        {
            _citations.Record(citations);
        }
    }

    public void Retrieved(TimeSpan elapsed) => _retrievalDuration.Record(elapsed.TotalSeconds);

    public void StateAccessed(string operation, TimeSpan elapsed) =>
        _stateDuration.Record(elapsed.TotalSeconds, new TagList { { "chatbot.state.operation", operation } });

    public void FeedbackReceived(string reaction) =>
        _feedback.Add(1, new TagList { { "chatbot.reaction", reaction } });
}
