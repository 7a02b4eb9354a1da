using System.Diagnostics;
using Activity = Microsoft.Bot.Schema.Activity;
using ChatBot.Answering;
using ChatBot.Hosting;
using ChatBot.Knowledge;
using ChatBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot;

/// <summary>
/// The bot: answers each message with a cited answer, greets new members with what it knows, and understands
/// <c>help</c> and <c>reset</c>. Conversation state is loaded lazily and saved once at the end of the turn.
/// </summary>
public sealed class ArticleBot : ActivityHandler
{
    private const string FeedbackInvokeName = "message/submitAction";
    private const int RepliesRemembered = 20;

    private readonly IQuestionAnswerer _answerer;
    private readonly IKnowledgeBase _knowledge;
    private readonly ConversationMemoryStore _memories;
    private readonly IFeedbackStore _feedback;
    private readonly BotOptions _options;
    private readonly FeedbackOptions _feedbackOptions;
    private readonly StateOptions _stateOptions;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ArticleBot> _logger;

    public ArticleBot(
        IQuestionAnswerer answerer,
        IKnowledgeBase knowledge,
        ConversationMemoryStore memories,
        IFeedbackStore feedback,
        IOptions<BotOptions> options,
        TimeProvider timeProvider,
        ILogger<ArticleBot> logger,
        IOptions<FeedbackOptions>? feedbackOptions = null,
        IOptions<StateOptions>? stateOptions = null)
    {
        _answerer = answerer;
        _knowledge = knowledge;
        _memories = memories;
        _feedback = feedback;
        _options = options.Value;
        _feedbackOptions = feedbackOptions?.Value ?? new FeedbackOptions();
        _stateOptions = stateOptions?.Value ?? new StateOptions();
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = StripBotMention(activity).Trim();
        if (text.Length == 0)
        {
            await turnContext.SendActivityAsync(ReplyFactory.NothingToRead(activity.Attachments?.Count > 0), cancellationToken);
            return;
        }

        if (ArticleListing.ParseListCommand(text) is { } page)
        {
            await turnContext.SendActivityAsync(ReplyFactory.ArticleList(_knowledge.Articles, page), cancellationToken);
            return;
        }

        switch (ControlWords.Parse(text))
        {
            case ControlWord.Help:
                await turnContext.SendActivityAsync(ReplyFactory.Help(_knowledge.Articles, _options.MaxQuestionLength), cancellationToken);
                return;
            case ControlWord.Reset:
                await _memories.DeleteAsync(ConversationMemoryStore.BotKey(turnContext), cancellationToken);
                BotLog.Reset(_logger, activity.Conversation?.Id);
                await turnContext.SendActivityAsync(ReplyFactory.Reset(), cancellationToken);
                return;
        }

        if (_knowledge.Articles.Count > 1 && await TryPinAsync(turnContext, text, cancellationToken))
        {
            return;
        }

        if (text.Length > _options.MaxQuestionLength)
        {
            await turnContext.SendActivityAsync(ReplyFactory.TooLong(text.Length, _options.MaxQuestionLength), cancellationToken);
            return;
        }

        await AnswerAsync(turnContext, text, cancellationToken);
    }

    /// <remarks>Overrides the update itself: the base class ignores an update that adds only the bot.</remarks>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var membersAdded = turnContext.Activity.MembersAdded ?? [];
        var botId = turnContext.Activity.Recipient?.Id;

        // Teams adds the bot when a user installs it (personal chat, group chat or team): greet once, then. It also
        // reports every person who joins a team, who must not set off a welcome in the channel each time.
        // The Emulator and Web Chat add the user when a conversation opens.
        var shouldWelcome = turnContext.Activity.ChannelId == Channels.Msteams
            ? membersAdded.Any(m => m.Id == botId)
            : membersAdded.Any(m => m.Id != botId);
        if (!shouldWelcome)
        {
            return;
        }

        IReadOnlyList<string> starters = [];
        if (await _knowledge.TryWaitUntilReadyAsync(TimeSpan.FromSeconds(_options.ReadyTimeoutSeconds), cancellationToken) && _options.WelcomeQuestions > 0)
        {
            starters = await _answerer.SuggestStarterQuestionsAsync(_options.WelcomeQuestions, cancellationToken);
        }

        await SendWithSuggestionsAsync(turnContext, ReplyFactory.Welcome(_knowledge.Articles, _knowledge.Progress), starters, afterAnswer: false, cancellationToken);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != FeedbackInvokeName)
        {
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        // Checked before the memory is read, so a malformed invoke cannot fail the turn (whose error handler clears state).
        if (FeedbackInvoke.TryRead(turnContext.Activity.Value, _feedbackOptions.MaxCommentLength, out var error) is not { } feedback)
        {
            BotLog.FeedbackRefused(_logger, turnContext.Activity.Conversation?.Id, error);
            return new InvokeResponse { Status = StatusCodes.Status400BadRequest, Body = new { error } };
        }

        var replyId = turnContext.Activity.ReplyToId;
        var memory = await _memories.ReadAsync(ConversationMemoryStore.BotKey(turnContext), cancellationToken);
        var answered = memory.FindReply(replyId);
        var question = answered?.Question ?? "(question no longer remembered)";
        BotLog.Feedback(_logger, feedback.Reaction, turnContext.Activity.Conversation?.Id, replyId,
            Api.LogText.Truncate(question, 200), Api.LogText.Truncate(feedback.Comment ?? "", 200));
        var activity = turnContext.Activity;
        await _feedback.RecordAsync(
            new FeedbackEntry(_timeProvider.GetUtcNow(), feedback.Reaction, feedback.Comment,
                activity.ChannelId, activity.Conversation?.Id ?? "", replyId, answered?.QuestionId, answered?.Question, activity.From?.Id),
            cancellationToken);
        return CreateInvokeResponse();
    }

    private async Task AnswerAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation?.Id;
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        if (!await _knowledge.TryWaitUntilReadyAsync(TimeSpan.FromSeconds(_options.ReadyTimeoutSeconds), cancellationToken))
        {
            BotLog.NotReady(_logger, conversationId, _options.ReadyTimeoutSeconds);
            await turnContext.SendActivityAsync(ReplyFactory.NotReady(), cancellationToken);
            return;
        }

        BotLog.Question(_logger, conversationId, text);
        var started = Stopwatch.GetTimestamp();
        var memoryKey = ConversationMemoryStore.BotKey(turnContext);
        var budget = new StateBudget(_stateOptions.TurnBudget, cancellationToken);
        var memory = await _memories.ReadAsync(memoryKey, budget, cancellationToken);
        var history = memory.Turns.ToArray();
        var stream = ChannelFeatures.CanStream(turnContext)
            ? new TeamsStreamingDraftSink(turnContext, _timeProvider, TimeSpan.FromMilliseconds(_options.StreamingIntervalMilliseconds), _logger)
            : null;

        var pinned = memory.ArticleId is { } id && _knowledge.FindArticle(id) is not null ? id : null;
        var answer = await _answerer.AnswerAsync(new Question(text, history) { ArticleId = pinned }, stream, cancellationToken);

        var reply = ReplyFactory.Answer(answer, turnContext.Activity.ChannelId);
        stream?.Complete(reply);
        var sent = await SendWithSuggestionsAsync(turnContext, reply, answer.FollowUps, afterAnswer: true, cancellationToken);

        // Written with the ETag it was read with; re-applied on fresh memory if another turn of this conversation
        // (on this instance or another) wrote first, so neither turn is forgotten.
        var turn = new ConversationTurn(text, answer.StandaloneQuestion, answer.Answered, answer.Citations);
        await _memories.UpdateAsync(memoryKey, memory, m =>
        {
            m.Remember(turn, _options.HistoryTurns);
            m.RememberReply(sent?.Id, text, RepliesRemembered, turnContext.Activity.Id);
        }, budget, cancellationToken);
        BotLog.Answered(_logger, conversationId, turnContext.Activity.ChannelId, answer.Answered, answer.Citations.Count, history.Length,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>"ask about &lt;title&gt;" pins the conversation to that article; "all articles" unpins it.</summary>
    /// <returns>True when the message was such a command and has been answered.</returns>
    private async Task<bool> TryPinAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var article = ArticlePin.Parse(text, _knowledge.Articles, out var unpin);
        if (article is null && !unpin)
        {
            return false;
        }

        var memoryKey = ConversationMemoryStore.BotKey(turnContext);
        var memory = await _memories.ReadAsync(memoryKey, cancellationToken);
        await _memories.UpdateAsync(memoryKey, memory, m =>
        {
            m.ArticleId = article?.Id;
            // What was said about another article would only mislead the next follow-up.
            m.Turns.Clear();
        }, cancellationToken);
        BotLog.Pinned(_logger, turnContext.Activity.Conversation?.Id, article?.Id);
        await turnContext.SendActivityAsync(article is null ? ReplyFactory.Unpinned(_knowledge.Articles.Count) : ReplyFactory.Pinned(article), cancellationToken);
        return true;
    }

    /// <summary>Sends a reply with its suggested questions placed as the channel shows them; returns the reply's id.</summary>
    private static async Task<ResourceResponse?> SendWithSuggestionsAsync(
        ITurnContext turnContext, Activity reply, IReadOnlyList<string> questions, bool afterAnswer, CancellationToken cancellationToken)
    {
        var placement = questions.Count == 0 ? SuggestionPlacement.None : ChannelFeatures.Suggestions(turnContext);
        if (placement == SuggestionPlacement.OnReply)
        {
            reply.SuggestedActions = ReplyFactory.SuggestedQuestions(questions);
        }

        var sent = await turnContext.SendActivityAsync(reply, cancellationToken);
        if (placement == SuggestionPlacement.OwnMessage)
        {
            await turnContext.SendActivityAsync(ReplyFactory.SuggestionsMessage(questions, afterAnswer), cancellationToken);
        }

        return sent;
    }

    /// <summary>In Teams group chats and channels the text starts with the bot's @mention; the question is the rest.</summary>
    private static string StripBotMention(IMessageActivity activity)
    {
        if (string.IsNullOrEmpty(activity.Text))
        {
            return "";
        }

        return activity.Recipient is null ? activity.Text : ((Activity)activity).RemoveRecipientMention() ?? "";
    }
}
