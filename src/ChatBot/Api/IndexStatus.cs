using ChatBot.Knowledge;

namespace ChatBot.Api;

/// <summary>
/// <c>GET /api/status</c>: how far the bot has read. <paramref name="Ready"/>: it answers (lexical index built);
/// <paramref name="Complete"/>: every sentence is embedded, so answers use full hybrid retrieval.
/// </summary>
public sealed record IndexStatus(
    bool Ready,
    bool Complete,
    int Articles,
    int ArticlesEmbedded,
    int Sentences,
    int SentencesEmbedded,
    double Percent,
    double? SentencesPerSecond,
    double? RemainingSeconds)
{
    public static IndexStatus From(IKnowledgeBase knowledge)
    {
        var progress = knowledge.Progress;
        return new IndexStatus(
            knowledge.IsReady,
            knowledge.IsReady && progress.IsComplete,
            progress.Articles,
            progress.ArticlesEmbedded,
            progress.Sentences,
            progress.SentencesEmbedded,
            Math.Round(progress.Fraction * 100, 1),
            progress.SentencesPerSecond is { } rate ? Math.Round(rate, 1) : null,
            progress.Remaining is { } remaining ? Math.Round(remaining.TotalSeconds) : null);
    }
}
