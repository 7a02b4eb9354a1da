using ChatBot.Answering;

namespace ChatBot.Evaluation.Answerability;

/// <summary>Keeps the answerability features the answerer reports for the question being asked.</summary>
internal sealed class DecisionCollector : IAnsweringObserver
{
    public double[]? Last { get; private set; }

    public void Reset() => Last = null;

    public void Answerability(Question question, double[] features, string? articleId, Knowledge.TextSpan? sentence) => Last = features;
}
