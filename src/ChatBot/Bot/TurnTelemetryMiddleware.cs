using System.Diagnostics;
using ChatBot.Telemetry;
using Microsoft.Bot.Builder;

namespace ChatBot.Bot;

/// <summary>
/// Bot Framework middleware: one <c>chatbot.turn</c> span per incoming activity (channel, activity type, replies
/// sent), and the turn counter and latency histogram. Runs inside the adapter, so a failed turn is marked before
/// the adapter's error boundary apologises.
/// </summary>
internal sealed class TurnTelemetryMiddleware(ChatBotMetrics metrics, TurnScope turns) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var channel = turnContext.Activity.ChannelId ?? "unknown";
        var type = turnContext.Activity.Type ?? "unknown";
        using var activity = ChatBotTelemetry.Source.StartActivity("chatbot.turn");
        activity?.SetTag(ChatBotTelemetry.ChannelTag, channel);
        activity?.SetTag("chatbot.activity_type", type);
        if (turnContext.Activity.Name is { Length: > 0 } name)
        {
            activity?.SetTag("chatbot.activity_name", name);
        }

        var replies = 0;
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            replies += activities.Count;
            return await sendNext();
        });
        var started = Stopwatch.GetTimestamp();
        using var scope = turns.Begin(channel, turnContext.Activity.Id);
        try
        {
            await next(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            activity?.SetTag("chatbot.replies", replies);
            metrics.TurnCompleted(channel, type, Stopwatch.GetElapsedTime(started));
        }
    }
}
