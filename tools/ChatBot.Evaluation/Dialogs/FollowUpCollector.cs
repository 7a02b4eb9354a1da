using ChatBot.Answering;
using ChatBot.Knowledge;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>
/// Collects the follow-up ranking features the answerer reports for each answerable dialog turn, with the
/// candidates whose sentence holds a gold answer (in the dialog's article) marked positive.
/// </summary>
internal sealed class FollowUpCollector(IKnowledgeBase knowledgeBase) : IAnsweringObserver
{
    private (EvalDialog Dialog, int Turn)? _current;

    public List<(double[][] Rows, bool[] Positive)> Groups { get; } = [];

    public void Before(EvalDialog dialog, int turn) => _current = (dialog, turn);

    public void FollowUpCandidates(Question question, IReadOnlyList<(string ArticleId, TextSpan Sentence, double[] Features)> candidates)
    {
        if (_current is not var (dialog, turn) || !dialog.Turns[turn].Answerable || candidates.Count == 0)
        {
            return;
        }

        var gold = dialog.Turns[turn].Answers;
        var positive = candidates
            .Select(c => c.ArticleId == dialog.Article && knowledgeBase.FindArticle(c.ArticleId) is { } a && GoldMatch.Holds(a.Slice(c.Sentence), gold))
            .ToArray();
        Groups.Add((candidates.Select(c => c.Features).ToArray(), positive));
    }
}
