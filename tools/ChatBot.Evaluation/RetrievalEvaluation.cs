using System.Diagnostics;
using ChatBot.Knowledge;

namespace ChatBot.Evaluation;

/// <summary>Asks every question of the split through <see cref="IPassageRetriever"/> and records where the gold paragraph ranked.</summary>
internal static class RetrievalEvaluation
{
    private const int WarmUpQueries = 10;

    public static async Task<IReadOnlyList<RetrievalOutcome>> RunAsync(
        IPassageRetriever retriever, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        foreach (var question in questions.Take(WarmUpQueries))
        {
            await retriever.RetrieveAsync(new RetrievalQuery("warm up " + question.Question, 3), cancellationToken);
        }

        var outcomes = new List<RetrievalOutcome>(questions.Count);
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var passages = await retriever.RetrieveAsync(new RetrievalQuery(question.Question, 3), cancellationToken);
            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var rank = 0;
            for (var i = 0; i < passages.Count; i++)
            {
                if (passages[i].Article.Id == question.Article && passages[i].Paragraph.Number == question.Paragraph + 1)
                {
                    rank = i + 1;
                    break;
                }
            }

            var top = passages.Count > 0 ? passages[0] : null;
            var topSentence = top is { Sentences.Count: > 0 } ? top.Article.Slice(top.Sentences[0].Span) : string.Empty;
            var holdsAnswer = question.Answers.Any(a => topSentence.Contains(a, StringComparison.Ordinal));
            outcomes.Add(new RetrievalOutcome(question, rank, holdsAnswer, top?.Score ?? 0, latency));
        }

        return outcomes;
    }
}
