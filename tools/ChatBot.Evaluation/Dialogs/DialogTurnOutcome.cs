using ChatBot.Answering;

namespace ChatBot.Evaluation.Dialogs;

/// <summary>What the bot did with one turn of a dialog, asked inside its conversation or alone.</summary>
/// <param name="PreviousFromArticle">The turn before was answered from the dialog's own article (null for a first turn).</param>
internal sealed record DialogTurnOutcome(EvalDialog Dialog, int Turn, Answer Answer, bool? PreviousFromArticle, double LatencyMs)
{
    public EvalDialogTurn Gold => Dialog.Turns[Turn];

    public bool IsFollowUp => Turn > 0;

    public Citation? First => Answer.Citations.Count > 0 ? Answer.Citations[0] : null;

    public bool FromArticle => First?.ArticleId == Dialog.Article;

    public bool FirstHoldsGold => First is { } c && FromArticle && GoldMatch.Holds(c.Quote, Gold.Answers);
}
