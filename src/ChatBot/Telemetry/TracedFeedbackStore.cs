using System.Diagnostics;
using ChatBot.State;

namespace ChatBot.Telemetry;

/// <summary>Counts 👍/👎 as they are recorded, with a <c>chatbot.feedback.record</c> span.</summary>
internal sealed class TracedFeedbackStore(IFeedbackStore inner, ChatBotMetrics metrics) : IFeedbackStore
{
    public async Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var activity = ChatBotTelemetry.Source.StartActivity("chatbot.feedback.record");
        activity?.SetTag("chatbot.reaction", entry.Reaction);
        await inner.RecordAsync(entry, cancellationToken);
        metrics.FeedbackReceived(entry.Reaction);
    }

    public Task<IReadOnlyList<FeedbackEntry>> ReadLatestAsync(int limit, CancellationToken cancellationToken) =>
        inner.ReadLatestAsync(limit, cancellationToken);
}
