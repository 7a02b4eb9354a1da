using System.Globalization;
using ChatBot.Bot;
using ChatBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Terminal;

/// <summary>
/// An in-process adapter that runs the same <see cref="IBot"/> for one terminal user: each line typed becomes a
/// message activity on the <c>console</c> channel, and the bot's replies are printed as text.
/// </summary>
public sealed class ConsoleAdapter : BotAdapter
{
    public const string ChannelId = "console";

    private readonly TextWriter _output;
    private readonly ConversationAccount _conversation = new(id: Guid.NewGuid().ToString("N"));
    private readonly ChannelAccount _user = new("user", "You");
    private readonly ChannelAccount _bot = new("bot", "ChatBot");

    public ConsoleAdapter(TextWriter output, ConversationMemoryStore memories, ILogger<ConsoleAdapter> logger)
    {
        _output = output;
        OnTurnError = TurnErrorHandler.Create(memories, logger);
    }

    /// <summary>Sends the user's line to the bot and returns when the bot has replied.</summary>
    public Task SendTextAsync(IBot bot, string text, CancellationToken cancellationToken)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return RunTurnAsync(bot, activity, cancellationToken);
    }

    /// <summary>Tells the bot the user joined, so it greets them as in any other channel.</summary>
    public Task StartConversationAsync(IBot bot, CancellationToken cancellationToken)
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [_user];
        return RunTurnAsync(bot, activity, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id ??= Guid.NewGuid().ToString("N");
            if (activity.Type == ActivityTypes.Message)
            {
                await WriteMessageAsync(activity);
            }

            responses[i] = new ResourceResponse(activity.Id);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot change a line it has already printed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot delete a line it has already printed.");

    private async Task RunTurnAsync(IBot bot, Activity activity, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelId,
        ServiceUrl = "urn:console",
        Conversation = _conversation,
        From = _user,
        Recipient = _bot,
        Timestamp = DateTimeOffset.UtcNow,
        Locale = CultureInfo.CurrentCulture.Name,
    };

    private async Task WriteMessageAsync(Activity activity)
    {
        await _output.WriteLineAsync();
        await _output.WriteLineAsync(PlainText.FromMarkdown(activity.Text ?? ""));
        var suggestions = activity.SuggestedActions?.Actions;
        if (suggestions is { Count: > 0 })
        {
            await _output.WriteLineAsync();
            await _output.WriteLineAsync("You could ask:");
            foreach (var action in suggestions)
            {
                await _output.WriteLineAsync($"  > {action.Value ?? action.Title}");
            }
        }

        await _output.FlushAsync();
    }
}
