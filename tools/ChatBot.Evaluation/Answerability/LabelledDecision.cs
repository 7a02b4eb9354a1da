namespace ChatBot.Evaluation.Answerability;

/// <summary>One question's answerability features, whether its articles answer it, and whether the quote the bot would give holds the gold answer.</summary>
/// <param name="Source">Which kind of question it is, so the fit can weigh each kind equally and the report can show each.</param>
internal sealed record LabelledDecision(string Source, bool Tune, double[] Features, bool Answerable, bool QuoteHoldsGold);
