using ChatBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Bot;

/// <summary>
/// The Bot Framework adapter for <c>/api/messages</c>. Its error boundary logs the failure, apologises in plain
/// words (never the exception text) and forgets the conversation's memory so a broken memory cannot fail every turn.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication authentication,
        ConversationMemoryStore memories,
        ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, new QuietUnauthorizedLogger(logger))
    {
        OnTurnError = TurnErrorHandler.Create(memories, logger);
    }
}
