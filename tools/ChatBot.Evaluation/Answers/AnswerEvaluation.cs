using System.Diagnostics;
using ChatBot.Answering;
using ChatBot.Answering.Extractive;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Evaluation;

/// <summary>
/// Runs every question through the extractive answerer with no abstention threshold, so each question's evidence is
/// known and any threshold can be scored afterwards (the answerer abstains exactly when the first citation's answerability &lt; MinAnswerability).
/// </summary>
internal static class AnswerEvaluation
{
    public static async Task<IReadOnlyList<AnswerOutcome>> RunAsync(
        IServiceProvider services,
        IEnumerable<EvalQuestion> questions,
        AnsweringOptions options,
        CancellationToken cancellationToken)
    {
        var open = new AnsweringOptions
        {
            MinAnswerability = 0,
            MaxCitations = options.MaxCitations,
            SecondCitationRatio = options.SecondCitationRatio,
            AdjacentCitationRatio = options.AdjacentCitationRatio,
            MaxQuoteLength = options.MaxQuoteLength,
            MaxPassages = options.MaxPassages,
            FollowUpCount = options.FollowUpCount,
            Scoring = options.Scoring,
        };
        var answerer = ExtractiveAnswerers.Create(services, open);

        var outcomes = new List<AnswerOutcome>();
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await answerer.AnswerAsync(new Question(question.Question, []), null, cancellationToken);
            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            outcomes.Add(new AnswerOutcome(question, answer, answer.Answered ? answer.Citations[0].Score : 0, latency));
        }

        return outcomes;
    }

    /// <summary>Off-topic questions (one per line) become unanswerable questions of no article.</summary>
    public static IEnumerable<EvalQuestion> OffTopic(string path) =>
        DataLines.Read(path)
            .Select((l, i) => new EvalQuestion($"off-topic-{i + 1}", string.Empty, l.Trim(), [], false, -1));
}
