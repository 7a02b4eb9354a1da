using System.Text.RegularExpressions;
using ChatBot.Answering;
using ChatBot.Bot;
using ChatBot.Hosting;
using ChatBot.Knowledge;
using ChatBot.State;
using Microsoft.Extensions.Options;

namespace ChatBot.Api;

/// <summary>
/// <c>POST /api/ask</c>: the same answering code the bot uses, with the conversation's earlier turns read from and
/// written back to the shared storage.
/// </summary>
internal sealed partial class AskService
{
    private readonly IQuestionAnswerer _answerer;
    private readonly IKnowledgeBase _knowledge;
    private readonly AskConversationStore _store;
    private readonly ApiOptions _apiOptions;
    private readonly BotOptions _botOptions;
    private readonly ILogger<AskService> _logger;

    public AskService(
        IQuestionAnswerer answerer,
        IKnowledgeBase knowledge,
        AskConversationStore store,
        IOptions<ApiOptions> apiOptions,
        IOptions<BotOptions> botOptions,
        ILogger<AskService> logger)
    {
        _answerer = answerer;
        _knowledge = knowledge;
        _store = store;
        _apiOptions = apiOptions.Value;
        _botOptions = botOptions.Value;
        _logger = logger;
    }

    public async Task<IResult> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The question cannot be answered as sent");
        }

        if (!await _knowledge.TryWaitUntilReadyAsync(TimeSpan.FromSeconds(_apiOptions.ReadyTimeoutSeconds), cancellationToken))
        {
            return TypedResults.Problem(
                title: "Not ready",
                detail: "The articles are still loading. Try again shortly; GET /healthz answers 200 when ready.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var question = request.Question!.Trim();
        var conversationId = request.ConversationId ?? Guid.NewGuid().ToString("N");
        if (ControlWords.Parse(question) is var word and not ControlWord.None)
        {
            return TypedResults.Ok(await ControlAsync(word, conversationId, cancellationToken));
        }

        var memory = await _store.ReadAsync(conversationId, cancellationToken);
        var history = memory.Turns.ToArray();
        var answer = await _answerer.AnswerAsync(new Question(question, history), null, cancellationToken);
        var turn = new ConversationTurn(question, answer.StandaloneQuestion, answer.Answered, answer.Citations);
        // Retried on an ETag conflict (another instance wrote this conversation meanwhile), so no turn is lost.
        await _store.AppendAsync(conversationId, memory, turn, _botOptions.HistoryTurns, cancellationToken);
        LogAnswered(_logger, conversationId, answer.Answered, answer.Citations.Count, history.Length);
        return TypedResults.Ok(AskResponse.From(answer, conversationId));
    }

    /// <summary><c>help</c> and <c>reset</c> do over HTTP what they do in chat.</summary>
    private async Task<AskResponse> ControlAsync(ControlWord word, string conversationId, CancellationToken cancellationToken)
    {
        if (word == ControlWord.Reset)
        {
            await _store.DeleteAsync(conversationId, cancellationToken);
            return AskResponse.Control(ReplyFactory.ResetText, conversationId, word);
        }

        return AskResponse.Control(ReplyFactory.HelpText(_knowledge.Articles, _apiOptions.MaxQuestionLength), conversationId, word);
    }

    private Dictionary<string, string[]> Validate(AskRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var question = request.Question?.Trim() ?? "";
        if (question.Length == 0)
        {
            errors["question"] = ["The question is empty. Send {\"question\": \"...\"}."];
        }
        else if (question.Length > _apiOptions.MaxQuestionLength)
        {
            errors["question"] = [$"The question is {question.Length:N0} characters long; the limit is {_apiOptions.MaxQuestionLength:N0}."];
        }

        if (request.ConversationId is not null && !ConversationIdPattern().IsMatch(request.ConversationId))
        {
            errors["conversationId"] = ["A conversationId is 1 to 128 letters, digits, '-', '_', '.' or ':'; omit it to start a conversation."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,128}$")]
    private static partial Regex ConversationIdPattern();

    [LoggerMessage(EventId = 200, Level = LogLevel.Information,
        Message = "Asked over HTTP in {ConversationId}: answered={Answered}, {CitationCount} citations, {HistoryTurns} earlier turns")]
    private static partial void LogAnswered(ILogger logger, string conversationId, bool answered, int citationCount, int historyTurns);
}
