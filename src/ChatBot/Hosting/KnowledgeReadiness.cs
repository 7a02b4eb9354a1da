using ChatBot.Knowledge;

namespace ChatBot.Hosting;

/// <summary>How the bot and the HTTP API wait, briefly, for the articles to finish loading before answering.</summary>
internal static class KnowledgeReadiness
{
    /// <returns>True when the articles are ready; false when <paramref name="timeout"/> passed first (the caller
    /// says "not ready yet"). Cancellation by the caller still throws.</returns>
    public static async Task<bool> TryWaitUntilReadyAsync(this IKnowledgeBase knowledge, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (knowledge.IsReady)
        {
            return true;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await knowledge.WaitUntilReadyAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
