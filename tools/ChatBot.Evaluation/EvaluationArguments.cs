namespace ChatBot.Evaluation;

/// <summary>
/// Command line: <c>explain --content DIR --question TEXT</c> or <c>retrieval|tune --content DIR --questions FILE [--mode hybrid|bm25|embedding]
/// [--model minilm|arcticxs] [--split tune|test|all] [--cache DIR]</c>.
/// </summary>
internal sealed record EvaluationArguments(
    string Command,
    string ContentPath,
    string QuestionsPath,
    string Mode,
    string Model,
    QuestionSplit Split,
    string CacheDirectory)
{
    /// <summary>
    /// <c>--case lower</c>: every question is asked in lower case, as many users type, names included ("who is
    /// zelensky?"); <c>as-written</c> (the default) asks them as the data spells them.
    /// </summary>
    public bool LowerCase { get; init; }

    /// <summary>The question as this run asks it.</summary>
    public string AsAsked(string question) => LowerCase ? question.ToLowerInvariant() : question;

    public const string Usage =
        "usage: ChatBot.Evaluation <retrieval|tune|answers|dialogs|fit-dialogs|fit-answerability> --content DIR --questions FILE [--mode hybrid|bm25|embedding] " +
        "[--model minilm|arcticxs] [--split tune|test|all] [--cache DIR] [answers: --threshold X --off-topic FILE --dump FILE --case lower|as-written] [dialogs: --out-of-corpus FILE --dump PREFIX --threshold X --case lower|as-written] [fit-answerability: --coqa DIR --dump FILE --from-dump FILE]\n" +
        "       ChatBot.Evaluation explain --content DIR --question TEXT [--mode ...] [--model ...] " +
        "[--model minilm|arcticxs] [--split tune|test|all] [--cache DIR]\n" +
        "       ChatBot.Evaluation prompt-starters --content DIR [--manifest appPackage/manifest.json] [--count 3]\n" +
        "       ChatBot.Evaluation group-questions --content DIR [--paraphrases FILE]\n" +
        "       ChatBot.Evaluation wordnet-synonyms --wordnet DIR [--out FILE] [--max-rank 3]\n" +
        "       ChatBot.Evaluation wordnet-names|wordnet-words --wordnet DIR [--out FILE]";

    public static EvaluationArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            throw new ArgumentException("Missing command.");
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected '--name value' at '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"Missing --{name}.");
        var mode = values.GetValueOrDefault("mode", "hybrid").ToLowerInvariant() switch
        {
            "hybrid" => "Hybrid",
            "bm25" or "lexical" => "Lexical",
            "embedding" or "semantic" => "Semantic",
            var other => throw new ArgumentException($"Unknown mode '{other}'."),
        };
        var model = values.GetValueOrDefault("model", "arcticxs").ToLowerInvariant() switch
        {
            "minilm" => "MiniLM",
            "arcticxs" or "arctic" => "ArcticXs",
            var other => throw new ArgumentException($"Unknown model '{other}'."),
        };
        var split = Enum.TryParse<QuestionSplit>(values.GetValueOrDefault("split", "test"), ignoreCase: true, out var s)
            ? s
            : throw new ArgumentException($"Unknown split '{values["split"]}'.");

        return new EvaluationArguments(
            args[0].ToLowerInvariant(),
            Path.GetFullPath(Required("content")),
            args[0].ToLowerInvariant() switch
            {
                "explain" => Required("question"),
                "prompt-starters" or "group-questions" => "",
                _ => Path.GetFullPath(Required("questions")),
            },
            mode,
            model,
            split,
            Path.GetFullPath(values.GetValueOrDefault("cache", ".cache/knowledge")))
        {
            LowerCase = values.GetValueOrDefault("case", "as-written").ToLowerInvariant() switch
            {
                "lower" => true,
                "as-written" => false,
                var other => throw new ArgumentException($"Unknown case '{other}'."),
            },
        };
    }
}
