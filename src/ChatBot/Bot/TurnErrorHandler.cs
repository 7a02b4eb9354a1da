using ChatBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>The one error boundary of a bot turn, shared by the HTTP adapter and the console adapter.</summary>
internal static class TurnErrorHandler
{
    public static Func<ITurnContext, Exception, Task> Create(ConversationMemoryStore memories, ILogger logger) =>
        async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            BotLog.TurnFailed(logger, activity.Conversation?.Id, activity.ChannelId, activity.Type, exception);
            if (activity.Type != ActivityTypes.Message)
            {
                // Only a message turn answers from the memory, so only its failure may come from a broken memory;
                // an invoke or update that fails leaves the conversation as it was.
                return;
            }

            try
            {
                await memories.DeleteAsync(ConversationMemoryStore.BotKey(turnContext), CancellationToken.None);
                await turnContext.SendActivityAsync(ReplyFactory.Apology(), CancellationToken.None);
            }
            catch (Exception recoveryFailure) when (recoveryFailure is not OutOfMemoryException)
            {
                BotLog.RecoveryFailed(logger, activity.Conversation?.Id, recoveryFailure);
            }
        };
}
