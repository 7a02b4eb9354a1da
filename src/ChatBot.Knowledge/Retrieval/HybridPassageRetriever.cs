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
        try
        {
            return Rank(snapshot, evidence, query.MaxPassages);
        }
        finally
        {
            evidence.Release();
        }
    }

    private List<RetrievedPassage> Rank(KnowledgeSnapshot snapshot, QueryEvidence evidence, int maxPassages)
    {
        var mode = evidence.LexicalOnly ? RetrievalMode.Lexical : _mode;
        var ranked = new (int Passage, double Rank, double[] Features)[evidence.Candidates.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            var p = evidence.Candidates[i];
            var features = FusionFeatures.ForPassage(evidence, p);
            ranked[i] = (p, FusionModel.RankPassage(mode, features), features);
        }

        Array.Sort(ranked, (a, b) => b.Rank.CompareTo(a.Rank));
        var closeness = ArticleCloseness(snapshot, evidence, ranked.Take(maxPassages).Select(r => snapshot.Passages[r.Passage].Article.Id));
        var results = new List<RetrievedPassage>(Math.Min(maxPassages, ranked.Length));
        var previousScore = double.MaxValue;
        foreach (var (p, rank, features) in ranked.Take(maxPassages))
        {
            // Scores never rise down the list, so a caller's threshold cuts it cleanly.
            var score = Math.Min(previousScore, FusionModel.Confidence(mode, rank, ranked[0].Rank, features));
            previousScore = score;
            var passage = snapshot.Passages[p];
            var sentences = FusionFeatures.ForSentences(evidence, p)
                .Select((f, i) => new ScoredSentence(snapshot.SentenceSpans[passage.FirstSentence + i], FusionModel.ScoreSentence(mode, f), f[0], f[1]))
                .ToList();

            sentences.Sort((a, b) => b.Score.CompareTo(a.Score));
            results.Add(new RetrievedPassage(passage.Article, passage.Paragraph, score, sentences, closeness[passage.Article.Id]));
        }

        return results;
    }

    /// <summary>
    /// Per article given, the mean similarity of the question and the article's candidate paragraphs, which the
    /// vector search has already scored (every paragraph with a vector is a candidate).
    /// </summary>
    private static Dictionary<string, double> ArticleCloseness(KnowledgeSnapshot snapshot, QueryEvidence evidence, IEnumerable<string> articleIds)
    {
        var sums = articleIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => (Sum: 0.0, Count: 0), StringComparer.Ordinal);
        if (!evidence.LexicalOnly)
        {
            foreach (var p in evidence.Candidates)
            {
                if (sums.TryGetValue(snapshot.Passages[p].Article.Id, out var total))
                {
                    sums[snapshot.Passages[p].Article.Id] = (total.Sum + evidence.PassageSemantic[p], total.Count + 1);
                }
            }
        }

        return sums.ToDictionary(kv => kv.Key, kv => kv.Value.Count == 0 ? 0 : kv.Value.Sum / kv.Value.Count, StringComparer.Ordinal);
    }
}
