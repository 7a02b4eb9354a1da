using System.Diagnostics;
using ChatBot.Knowledge;

namespace ChatBot.Telemetry;

/// <summary>Wraps retrieval: a <c>chatbot.retrieve</c> span (passages found) and the retrieval latency histogram.</summary>
internal sealed class TracedPassageRetriever(IPassageRetriever inner, ChatBotMetrics metrics) : IPassageRetriever
{
    public async Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalQuery query, CancellationToken cancellationToken)
    {
        using var activity = ChatBotTelemetry.Source.StartActivity("chatbot.retrieve");
        var started = Stopwatch.GetTimestamp();
        try
        {
            var passages = await inner.RetrieveAsync(query, cancellationToken);
            activity?.SetTag("chatbot.passages", passages.Count);
            metrics.Retrieved(Stopwatch.GetElapsedTime(started));
            return passages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
