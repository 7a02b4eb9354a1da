using ChatBot.Evaluation;

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

var questions = await EvalQuestion.LoadAsync(arguments.QuestionsPath, arguments.Split, cancellation.Token);
await using var host = await KnowledgeHost.StartAsync(arguments, cancellation.Token);
switch (arguments.Command)
{
    case "retrieval":
        var outcomes = await RetrievalEvaluation.RunAsync(host.Retriever, questions, cancellation.Token);
        RetrievalReport.Write(Console.Out, arguments, outcomes);
        BuildReport.Write(Console.Out, host);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{arguments.Command}'.");
        Console.Error.WriteLine(EvaluationArguments.Usage);
        return 2;
}
