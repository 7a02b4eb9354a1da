using System.Globalization;
using System.Text.Json;
using ChatBot.Answering;

namespace ChatBot.Evaluation;

/// <summary>
/// <c>answers</c>: the extractive answerer on the question file (and on off-topic questions), scored at the
/// configured abstention threshold (<see cref="AnsweringOptions.MinAnswerability"/>, or <c>--threshold X</c>) with the
/// whole precision/recall trade-off beside it.
/// </summary>
internal static class AnswersCommand
{
    public static async Task<int> RunAsync(
        KnowledgeHost host,
        EvaluationArguments arguments,
        IReadOnlyList<EvalQuestion> questions,
        IReadOnlyList<string> args,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var options = new AnsweringOptions();
        var threshold = Option(args, "--threshold") is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : options.MinAnswerability;
        var offTopicPath = Option(args, "--off-topic") ?? Path.Combine(AppContext.BaseDirectory, "Answers", "off-topic-questions.txt");

        var asked = questions.Select(q => q with { Question = arguments.AsAsked(q.Question) }).ToList();
        var offTopicAsked = AnswerEvaluation.OffTopic(offTopicPath).Select(q => q with { Question = arguments.AsAsked(q.Question) });
        var squad = await AnswerEvaluation.RunAsync(host.Services, asked, options, cancellationToken);
        var offTopic = await AnswerEvaluation.RunAsync(host.Services, offTopicAsked, options, cancellationToken);
        AnswerReport.Write(output, arguments, squad, offTopic, threshold);
        if (Option(args, "--dump") is { } dump)
        {
            await DumpAsync(dump, squad.Concat(offTopic), cancellationToken);
        }

        return 0;
    }

    /// <summary>
    /// Every answer in full (text, citations with their scores, follow-ups), one JSON line each, so two builds can be
    /// compared answer for answer: a speed-up must leave these byte-identical.
    /// </summary>
    private static async Task DumpAsync(string path, IEnumerable<AnswerOutcome> outcomes, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path);
        foreach (var outcome in outcomes)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { outcome.Question.Id, outcome.Question.Question, outcome.Answer }).AsMemory(), cancellationToken);
        }
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
