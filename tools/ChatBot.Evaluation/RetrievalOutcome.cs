namespace ChatBot.Evaluation;

/// <summary>What retrieval did for one question.</summary>
internal sealed record RetrievalOutcome(
    EvalQuestion Question,
    int GoldRank,
    bool TopSentenceHoldsAnswer,
    double TopScore,
    double LatencyMs);
