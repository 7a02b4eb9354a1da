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
    private readonly StateOptions _stateOptions;
    private readonly ApiConversationAdmission _admission;
    private readonly ILogger<AskService> _logger;

    public AskService(
        IQuestionAnswerer answerer,
        IKnowledgeBase knowledge,
        AskConversationStore store,
        IOptions<ApiOptions> apiOptions,
        IOptions<BotOptions> botOptions,
        IOptions<StateOptions> stateOptions,
        ApiConversationAdmission admission,
        ILogger<AskService> logger)
    {
        _answerer = answerer;
        _knowledge = knowledge;
        _store = store;
        _apiOptions = apiOptions.Value;
        _botOptions = botOptions.Value;
        _stateOptions = stateOptions.Value;
        _admission = admission;
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

        if (request.ArticleId is { } requested && _knowledge.FindArticle(requested) is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["articleId"] = [$"No article has the id '{Truncate(requested)}'. GET /api/articles lists them; omit articleId to search every article."] },
                title: "The question cannot be answered as sent");
        }

        var question = request.Question!.Trim();
        var conversationId = request.ConversationId ?? Guid.NewGuid().ToString("N");
        if (ControlWords.Parse(question) is var word and not ControlWord.None)
        {
            return TypedResults.Ok(await ControlAsync(word, conversationId, cancellationToken));
        }

        var budget = new StateBudget(_stateOptions.TurnBudget, cancellationToken);
        var memory = await _store.ReadAsync(conversationId, budget, cancellationToken);
        var history = memory.Turns.ToArray();

        // The conversation keeps its scope; an article removed since then no longer narrows it.
        var articleId = request.ArticleId ?? (memory.ArticleId is { } kept && _knowledge.FindArticle(kept) is not null ? kept : null);
        var answer = await _answerer.AnswerAsync(new Question(question, history) { ArticleId = articleId }, null, cancellationToken);
        var turn = new ConversationTurn(question, answer.StandaloneQuestion, answer.Answered, answer.Citations);
        // Retried on an ETag conflict (another instance wrote this conversation meanwhile), so no turn is lost. A
        // conversation not stored yet (no ETag) is stored only while the cap on API conversations allows.
        if (memory.ETag is not null || _admission.TryAdmit())
        {
            await _store.AppendAsync(conversationId, memory, turn, _botOptions.HistoryTurns, articleId, budget, cancellationToken);
        }
        LogAnswered(_logger, conversationId, answer.Answered, answer.Citations.Count, history.Length);
        return TypedResults.Ok(AskResponse.From(answer, conversationId, articleId));
    }

    /// <summary><c>help</c> and <c>reset</c> do over HTTP what they do in chat.</summary>
    private async Task<AskResponse> ControlAsync(ControlWord word, string conversationId, CancellationToken cancellationToken)
    {
        if (word == ControlWord.Reset)
        {
            await _store.DeleteAsync(conversationId, cancellationToken);
            return AskResponse.Control(ReplyFactory.ResetText, conversationId, word, "reset");
        }

        return AskResponse.Control(ReplyFactory.HelpText(_knowledge.Articles, _apiOptions.MaxQuestionLength), conversationId, word, "help");
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

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,128}$")]
    private static partial Regex ConversationIdPattern();

    [LoggerMessage(EventId = 200, Level = LogLevel.Information,
        Message = "Asked over HTTP in {ConversationId}: answered={Answered}, {CitationCount} citations, {HistoryTurns} earlier turns")]
    private static partial void LogAnswered(ILogger logger, string conversationId, bool answered, int citationCount, int historyTurns);
}
