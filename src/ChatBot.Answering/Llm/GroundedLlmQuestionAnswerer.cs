using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatBot.Answering.Llm;

/// <summary>
/// Writes a fluent answer with the configured chat model, grounded in retrieved passages and checked before anyone
/// sees it: only sentences a cited passage supports survive, each citation an exact quote. Whenever the model
/// cannot help (not found, nothing supported, an error, a 429, too slow) the extractive answer is returned instead.
/// </summary>
internal sealed partial class GroundedLlmQuestionAnswerer(
    Kernel kernel,
    LlmPrompts prompts,
    IPassageRetriever retriever,
    ITextEmbedder embedder,
    IKnowledgeBase knowledgeBase,
    [FromKeyedServices(AnsweringServiceKeys.Extractive)] IQuestionAnswerer extractive,
    IOptions<LlmOptions> options,
    ILogger<GroundedLlmQuestionAnswerer> logger) : IQuestionAnswerer
{
    public const string SearchingStatus = "Searching the article…";

    private const int HistoryTurns = 3;
    private const int HistoryQuoteLength = 200;
    private const int MaxStandaloneLength = 300;

    public async Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var settings = options.Value;
        if (Commands.ChatCommandParser.Parse(question.Text, question.History.Any(t => t.Answered)) == Commands.ChatCommand.More)
        {
            // "Tell me more" reads the article on from the last quote; a model would search again for what was just said.
            return await extractive.AnswerAsync(question, drafts, cancellationToken);
        }

        // The extractive answer starts at once: it is the fallback, ready the moment the model fails, and its
        // follow-up suggestions serve the model's answer too.
        var extractiveAnswer = extractive.AnswerAsync(question, null, cancellationToken);

        Answer? written = null;
        var started = Stopwatch.GetTimestamp();
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            deadline.CancelAfter(settings.Timeout);
            try
            {
                written = await WriteAsync(question, drafts, settings, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LlmLog.ModelTimedOut(logger, settings.Provider, settings.TimeoutSeconds);
            }
#pragma warning disable CA1031 // The model is optional: whatever it throws (HTTP 500, 429, bad JSON), the user gets the extractive answer.
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LlmLog.ModelFailed(logger, exception, settings.Provider);
            }
        }

        var fallback = await extractiveAnswer;
        if (written is null || fallback.Kind is AnswerKind.SmallTalk or AnswerKind.OtherLanguage)
        {
            return fallback;
        }

        LlmLog.Answered(logger, written.Citations.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return written with { FollowUps = fallback.FollowUps };
    }

    public Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken) =>
        extractive.SuggestStarterQuestionsAsync(count, cancellationToken);

    /// <returns>The checked answer, or null when the extractive answer should be given instead.</returns>
    private async Task<Answer?> WriteAsync(Question question, IAnswerDraftSink? drafts, LlmOptions settings, CancellationToken cancellationToken)
    {
        if (drafts is not null)
        {
            await drafts.ReportStatusAsync(SearchingStatus, cancellationToken);
        }

        var summary = SummaryRequest().IsMatch(question.Text);
        var standalone = summary || question.History.Count == 0
            ? question.Text.Trim()
            : await RewriteAsync(question, cancellationToken);
        var passages = summary
            ? await SummaryPassagesAsync(question, settings.MaxPassages, cancellationToken)
            : await retriever.RetrieveAsync(new RetrievalQuery(standalone, settings.MaxPassages, question.ArticleId), cancellationToken);
        if (passages.Count == 0)
        {
            LlmLog.NoPassages(logger);
            return null;
        }

        var ledger = new PassageLedger(passages, settings.MaxPassages * (1 + ArticleSearchPlugin.MaxSearches));
        var turnKernel = kernel.Clone();
        turnKernel.Plugins.AddFromObject(new ArticleSearchPlugin(retriever, ledger, settings.MaxPassages, question.ArticleId), ArticleSearchPlugin.PluginName);
        var toolCalls = new ToolCallLimitFilter(settings.MaxToolCalls);
        turnKernel.AutoFunctionInvocationFilters.Add(toolCalls);

        var function = summary ? prompts.Summarise : prompts.Answer;
        var arguments = Arguments(function, settings, searchTool: settings.ArticleSearchTool);
        arguments["question"] = standalone;
        arguments["passages"] = ledger.Format();

        var check = new CitationCheck(new SupportScorer(embedder), settings.SupportThreshold ?? SupportThresholds.For(embedder.ModelName));
        var raw = await StreamAsync(function, turnKernel, arguments, ledger, check, drafts, cancellationToken);
        if (toolCalls.LimitReached)
        {
            LlmLog.ToolCallLimitReached(logger, toolCalls.MaxToolCalls);
            return null;
        }

        var given = ledger.Snapshot();
        if (ModelText.IsNotFound(raw))
        {
            LlmLog.ModelFoundNothing(logger, given.Count);
            return null;
        }

        var result = await check.CheckAsync(raw, given, cancellationToken);
        LlmLog.Checked(logger, result.KeptSentences, result.Citations.Count, result.DroppedSentences, result.DroppedMarkers);
        if (result.Citations.Count == 0)
        {
            LlmLog.NothingSupported(logger, result.DroppedSentences);
            return null;
        }

        return new Answer(true, result.Markdown, result.Citations, standalone, []);
    }

    /// <summary>
    /// Streams the model's answer. With a draft sink, each newly completed sentence triggers a citation check of the
    /// text so far and the checked text (never the raw one) is shown: one update per sentence, never a bare marker.
    /// </summary>
    private static async Task<string> StreamAsync(
        KernelFunction function,
        Kernel turnKernel,
        KernelArguments arguments,
        PassageLedger ledger,
        CitationCheck check,
        IAnswerDraftSink? drafts,
        CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var checkedLength = 0;
        var shown = string.Empty;
        await foreach (var chunk in function.InvokeStreamingAsync<StreamingChatMessageContent>(turnKernel, arguments, cancellationToken))
        {
            if (string.IsNullOrEmpty(chunk.Content))
            {
                continue;
            }

            text.Append(chunk.Content);
            if (drafts is null)
            {
                continue;
            }

            var completed = ModelText.CompletedPart(text.ToString());
            if (completed.Length <= checkedLength || ModelText.MayBecomeNotFound(completed))
            {
                continue;
            }

            checkedLength = completed.Length;
            var draft = await check.CheckAsync(completed, ledger.Snapshot(), cancellationToken);
            if (draft.Citations.Count > 0 && !string.Equals(draft.Markdown, shown, StringComparison.Ordinal))
            {
                shown = draft.Markdown;
                await drafts.ReportDraftAsync(shown, cancellationToken);
            }
        }

        return text.ToString();
    }

    private async Task<string> RewriteAsync(Question question, CancellationToken cancellationToken)
    {
        var history = new StringBuilder();
        foreach (var turn in question.History.TakeLast(HistoryTurns))
        {
            history.Append("User asked: ").AppendLine(turn.Question);
            history.Append("Understood as: ").AppendLine(turn.StandaloneQuestion);
            if (turn.Citations.Count > 0)
            {
                var quote = turn.Citations[0].Quote;
                history.Append("Answer cited: ").AppendLine(quote.Length > HistoryQuoteLength ? quote[..HistoryQuoteLength] + "…" : quote);
            }

            history.AppendLine();
        }

        var arguments = Arguments(prompts.RewriteFollowUp, options.Value, searchTool: false);
        arguments["question"] = question.Text;
        arguments["history"] = history.ToString().TrimEnd();
        var result = await prompts.RewriteFollowUp.InvokeAsync(kernel, arguments, cancellationToken);
        var line = (result.GetValue<string>() ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? string.Empty;
        line = StandalonePrefix().Replace(line, string.Empty).Trim().Trim('"', '“', '”', '`').Trim();

        // A rewrite that is empty, rambling or a refusal is no better than the question as asked.
        if (line.Length == 0 || line.Length > MaxStandaloneLength || ModelText.IsNotFound(line))
        {
            return question.Text.Trim();
        }

        LlmLog.Rewritten(logger, line);
        return line;
    }

    private async Task<IReadOnlyList<RetrievedPassage>> SummaryPassagesAsync(Question question, int count, CancellationToken cancellationToken)
    {
        await knowledgeBase.WaitUntilReadyAsync(cancellationToken);
        var articleId = question.ArticleId ?? question.History.LastOrDefault(t => t.Citations.Count > 0)?.Citations[0].ArticleId;
        var article = (articleId is null ? null : knowledgeBase.FindArticle(articleId))
            ?? knowledgeBase.Articles.OrderByDescending(a => a.Date).FirstOrDefault();
        if (article is null)
        {
            return [];
        }

        return article.Paragraphs
            .Take(count)
            .Select(p => new RetrievedPassage(article, p, 0, p.Sentences.Select(s => new ScoredSentence(s, 0, 0, 0)).ToList()))
            .ToList();
    }

    /// <summary>
    /// The prompt's own settings (config.json), less what this model cannot take: the search tool (models without tool
    /// calling) and the temperature (reasoning models).
    /// </summary>
    private static KernelArguments Arguments(KernelFunction function, LlmOptions options, bool searchTool)
    {
        if (function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId) is not { } configured
            || ((searchTool || configured.FunctionChoiceBehavior is null) && options.SendTemperature))
        {
            return [];
        }

        var settings = configured.Clone();
        if (!searchTool)
        {
            settings.FunctionChoiceBehavior = null;
        }

        if (!options.SendTemperature)
        {
            settings.ExtensionData?.Remove("temperature");
        }

        return new KernelArguments(settings);
    }

    [GeneratedRegex(@"^\s*(?:summary|summari[sz]e|sum\s+up|tl;?dr|what\s+is\s+(?:this|the)\s+article\s+about|what'?s\s+(?:this|the)\s+article\s+about|main\s+points)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryRequest();

    [GeneratedRegex(@"^(?:standalone\s+question|question|rewritten)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandalonePrefix();
}
