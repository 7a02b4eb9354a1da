using System.Diagnostics;

namespace ChatBot.Telemetry;

/// <summary>A <c>chatbot.turn</c> span and the turn metrics for <c>POST /api/ask</c>, as the bot middleware records for chat.</summary>
internal sealed class AskTurnTelemetryFilter(ChatBotMetrics metrics, TurnScope turns) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var activity = ChatBotTelemetry.Source.StartActivity("chatbot.turn");
        activity?.SetTag(ChatBotTelemetry.ChannelTag, ChatBotTelemetry.AskChannel);
        var started = Stopwatch.GetTimestamp();
        using var scope = turns.Begin(ChatBotTelemetry.AskChannel, questionId: null);
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            metrics.TurnCompleted(ChatBotTelemetry.AskChannel, "ask", Stopwatch.GetElapsedTime(started));
        }
    }
}
