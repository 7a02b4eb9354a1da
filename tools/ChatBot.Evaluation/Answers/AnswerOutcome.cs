using ChatBot.Answering;

namespace ChatBot.Evaluation;

/// <summary>What the answerer did with one question, with the evidence it had (0 when it found nothing).</summary>
internal sealed record AnswerOutcome(EvalQuestion Question, Answer Answer, double Evidence, double LatencyMs)
{
    public Citation? First => Answer.Citations.Count > 0 ? Answer.Citations[0] : null;

    /// <summary>The first citation is in the question's article and quotes one of the gold answers.</summary>
    public bool FirstHoldsGold => First is { } c && c.ArticleId == Question.Article
        && Question.Answers.Any(a => c.Quote.Contains(a, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first citation is in the question's own paragraph (SQuAD's paragraph is 0-based).</summary>
    public bool FirstInGoldParagraph => First is { } c && c.ArticleId == Question.Article && c.Paragraph == Question.Paragraph + 1;
}
