using System.Diagnostics;
using ChatBot.Answering;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>
/// Asks dialogs as the bot and <c>/api/ask</c> do: each turn's question with the earlier turns as history (the
/// answer's standalone question and citations remembered, as the conversation store keeps them), optionally with the
/// conversation scoped to the dialog's article; or each turn alone, without history.
/// </summary>
internal sealed class DialogRunner(IQuestionAnswerer answerer, int historyTurns)
{
    public async Task<IReadOnlyList<DialogTurnOutcome>> RunAsync(
        IEnumerable<EvalDialog> dialogs,
        bool scoped,
        bool inConversation,
        CancellationToken cancellationToken,
        Action<EvalDialog, int>? beforeTurn = null,
        Action<DialogTurnOutcome>? afterTurn = null)
    {
        var outcomes = new List<DialogTurnOutcome>();
        foreach (var dialog in dialogs)
        {
            var history = new List<ConversationTurn>();
            bool? previousFromArticle = null;
            for (var t = 0; t < dialog.Turns.Count; t++)
            {
                var text = dialog.Turns[t].Question;
                var question = new Question(text, inConversation ? history.TakeLast(historyTurns).ToList() : [])
                {
                    ArticleId = scoped ? dialog.Article : null,
                };
                beforeTurn?.Invoke(dialog, t);
                var started = Stopwatch.GetTimestamp();
                var answer = await answerer.AnswerAsync(question, null, cancellationToken);
                var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var outcome = new DialogTurnOutcome(dialog, t, answer, t == 0 ? null : previousFromArticle, latency);
                outcomes.Add(outcome);
                afterTurn?.Invoke(outcome);
                history.Add(new ConversationTurn(text, answer.StandaloneQuestion, answer.Answered, answer.Citations));
                previousFromArticle = outcome.FromArticle;
            }
        }

        return outcomes;
    }

    /// <summary>Out-of-corpus probes, asked alone over every article.</summary>
    public async Task<IReadOnlyList<Answer>> AskAloneAsync(IEnumerable<string> questions, CancellationToken cancellationToken)
    {
        var answers = new List<Answer>();
        foreach (var text in questions)
        {
            answers.Add(await answerer.AnswerAsync(new Question(text, []), null, cancellationToken));
        }

        return answers;
    }
}
