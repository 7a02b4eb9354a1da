using System.Globalization;
using ChatBot.Answering;
using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>
/// <c>dialogs --content DIR --questions dialogs.jsonl [--split tune|test|all] [--out-of-corpus FILE] [--dump PREFIX] [--threshold X]</c>: asks every
/// conversation's turns in order through the answerer the bot uses, with the conversation scoped to the dialog's
/// article and with every article in view, and each follow-up alone; then the out-of-corpus probes. <c>--dump</c>
/// writes every turn (question, resolved question, quote, gold) to PREFIX.scoped.jsonl and PREFIX.all.jsonl;
/// <c>--threshold</c> replaces <see cref="AnsweringOptions.MinAnswerability"/> (0 answers everything).
/// </summary>
internal static class DialogsCommand
{
    public static async Task<int> RunAsync(KnowledgeHost host, EvaluationArguments arguments, string? outOfCorpusPath, string? dumpPath, string? threshold, TextWriter output, CancellationToken cancellationToken)
    {
        var dialogs = (await EvalDialog.LoadAsync(arguments.QuestionsPath, arguments.Split, cancellationToken))
            .Select(d => d with { Turns = [.. d.Turns.Select(t => t with { Question = arguments.AsAsked(t.Question) })] })
            .ToList();
        var options = new AnsweringOptions();
        if (threshold is not null)
        {
            options.MinAnswerability = double.Parse(threshold, CultureInfo.InvariantCulture);
        }
        var answerer = ExtractiveAnswerers.Create(host.Services, options);
        var runner = new DialogRunner(answerer, options.HistoryTurns);

        output.WriteLine(FormattableString.Invariant($"## Dialogs ({dialogs.Count} conversations, split {arguments.Split}, {host.KnowledgeBase.Articles.Count} articles loaded)"));
        foreach (var scoped in new[] { true, false })
        {
            var inConversation = await runner.RunAsync(dialogs, scoped, inConversation: true, cancellationToken);
            var alone = await runner.RunAsync(dialogs, scoped, inConversation: false, cancellationToken);
            DialogReport.WriteSetting(output, scoped ? "One article in scope" : "All articles loaded", inConversation, alone);
            if (dumpPath is not null)
            {
                await DialogDump.WriteAsync($"{dumpPath}.{(scoped ? "scoped" : "all")}.jsonl", inConversation, cancellationToken);
            }
        }

        var probesPath = outOfCorpusPath ?? Path.Combine(Path.GetDirectoryName(arguments.QuestionsPath)!, "questions-outofcorpus.jsonl");
        if (File.Exists(probesPath))
        {
            var probes = (await EvalQuestion.LoadAsync(probesPath, QuestionSplit.All, cancellationToken))
                .Where(p => HashSplit.IsIn(p.Id, arguments.Split))
                .ToList();
            var answers = await runner.AskAloneAsync(probes.Select(p => arguments.AsAsked(p.Question)), cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"out-of-corpus probes declined (all loaded)   {DialogReport.Ratio(answers, a => !a.Answered):F3}  ({answers.Count} probes)"));
        }

        return 0;
    }
}
