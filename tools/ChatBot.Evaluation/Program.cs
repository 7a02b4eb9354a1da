using ChatBot.Evaluation;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;

if (args.Length > 0 && args[0] == "wordnet-synonyms")
{
    // Reads WordNet's files only: no articles, no models.
    return await ChatBot.Evaluation.Synonyms.WordNetSynonymsCommand.RunAsync(
        OptionValue(args, "--wordnet"), OptionValue(args, "--out"), OptionValue(args, "--max-rank"), Console.Out, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "wordnet-names")
{
    return await ChatBot.Evaluation.Synonyms.WordNetNamesCommand.RunAsync(OptionValue(args, "--wordnet"), OptionValue(args, "--out"), Console.Out, CancellationToken.None);
}

if (args.Length > 0 && args[0] == "wordnet-words")
{
    return await ChatBot.Evaluation.Synonyms.WordNetWordsCommand.RunAsync(OptionValue(args, "--wordnet"), OptionValue(args, "--out"), Console.Out, CancellationToken.None);
}

EvaluationArguments arguments;
try
{
    arguments = EvaluationArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(EvaluationArguments.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

if (arguments.Command == "prompt-starters")
{
    return await ChatBot.Evaluation.PromptStarters.PromptStartersCommand.RunAsync(arguments, args, Console.Out, cancellation.Token);
}

await using var host = await KnowledgeHost.StartAsync(arguments, cancellation.Token);
switch (arguments.Command)
{
    case "retrieval":
        var questions = await EvalQuestion.LoadAsync(arguments.QuestionsPath, arguments.Split, cancellation.Token);
        var outcomes = await RetrievalEvaluation.RunAsync(host.Retriever, questions, cancellation.Token);
        RetrievalReport.Write(Console.Out, arguments, outcomes);
        BuildReport.Write(Console.Out, host);
        return 0;
    case "tune":
        await FusionTuning.RunAsync(Console.Out, host.Services.GetRequiredService<IRetrievalFeatureSource>(), await EvalQuestion.LoadAsync(arguments.QuestionsPath, arguments.Split, cancellation.Token), cancellation.Token);
        return 0;
    case "explain":
        await ExplainCommand.RunAsync(Console.Out, host, arguments.QuestionsPath, cancellation.Token);
        return 0;
    case "group-questions":
        return await ChatBot.Evaluation.Grouping.GroupingCommand.RunAsync(host, args, Console.Out, cancellation.Token);
    case "answers":
        return await AnswersCommand.RunAsync(host, arguments, await EvalQuestion.LoadAsync(arguments.QuestionsPath, arguments.Split, cancellation.Token), args, Console.Out, cancellation.Token);
    case "fit-dialogs":
        return await ChatBot.Evaluation.Dialogs.FitDialogsCommand.RunAsync(host, arguments, Console.Out, cancellation.Token);
    case "fit-answerability":
        return await ChatBot.Evaluation.Answerability.FitAnswerabilityCommand.RunAsync(host, arguments,
            OptionValue(args, "--coqa") ?? "../shared/eval/coqa-news-sample",
            OptionValue(args, "--off-topic") ?? Path.Combine(AppContext.BaseDirectory, "Answers", "off-topic-questions.txt"),
            OptionValue(args, "--dump"),
            OptionValue(args, "--from-dump"),
            Console.Out, cancellation.Token);
    case "dialogs":
        return await ChatBot.Evaluation.Dialogs.DialogsCommand.RunAsync(host, arguments, OptionValue(args, "--out-of-corpus"), OptionValue(args, "--dump"), OptionValue(args, "--threshold"), Console.Out, cancellation.Token);
    default:
        Console.Error.WriteLine($"Unknown command '{arguments.Command}'.");
        Console.Error.WriteLine(EvaluationArguments.Usage);
        return 2;
}

static string? OptionValue(string[] args, string name)
{
    var i = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
