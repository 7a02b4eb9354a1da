using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge;

/// <summary>
/// Ranks paragraphs by fusing BM25 and embedding evidence at paragraph and sentence level
/// (<see cref="FusionModel"/>), and ranks each returned paragraph's sentences the same way.
/// </summary>
internal sealed class HybridPassageRetriever(
    KnowledgeBase knowledgeBase,
    EvidenceCollector collector,
    IOptions<KnowledgeOptions> options) : IPassageRetriever
{
    private readonly RetrievalMode _mode = options.Value.Mode;

    public async Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await knowledgeBase.WaitUntilReadyAsync(cancellationToken);
        var snapshot = knowledgeBase.Current!;
        if (string.IsNullOrWhiteSpace(query.Text) || query.MaxPassages <= 0)
        {
            return [];
        }

        var evidence = await collector.CollectAsync(snapshot, query.Text, query.ArticleId, cancellationToken);
        var scored = new (int Passage, double Score)[evidence.Candidates.Length];
        for (var i = 0; i < scored.Length; i++)
        {
            var p = evidence.Candidates[i];
            scored[i] = (p, FusionModel.ScorePassage(_mode, FusionFeatures.ForPassage(evidence, p)));
        }

        Array.Sort(scored, (a, b) => b.Score.CompareTo(a.Score));
        var results = new List<RetrievedPassage>(Math.Min(query.MaxPassages, scored.Length));
        foreach (var (p, score) in scored.Take(query.MaxPassages))
        {
            var passage = snapshot.Passages[p];
            var sentences = new List<ScoredSentence>(passage.SentenceCount);
            for (var s = passage.FirstSentence; s < passage.FirstSentence + passage.SentenceCount; s++)
            {
                var features = FusionFeatures.ForSentence(evidence, p, s);
                sentences.Add(new ScoredSentence(snapshot.SentenceSpans[s], FusionModel.ScoreSentence(_mode, features), features[0], features[1]));
            }

            sentences.Sort((a, b) => b.Score.CompareTo(a.Score));
            results.Add(new RetrievedPassage(passage.Article, passage.Paragraph, score, sentences));
        }

        return results;
    }
}
