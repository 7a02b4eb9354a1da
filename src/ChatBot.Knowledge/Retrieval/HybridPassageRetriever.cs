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
        var closeness = ArticleCloseness(snapshot, evidence, ranked.Take(maxPassages).Select(r => snapshot.Passages[r.Passage].Article));
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
            results.Add(new RetrievedPassage(passage.Article, passage.Paragraph, score, sentences, closeness[passage.Article]));
        }

        return results;
    }

    /// <summary>
    /// Per article given, the mean similarity of the question and the article's paragraphs, which the vector search
    /// has already scored (every paragraph with a vector; in a large archive, not only the few hundred closest whose
    /// sentences are scanned, or the mean would be of an article's best paragraphs, unlike the small archives the
    /// answerability model was fitted on). Keyed by reference: the loop visits every embedded paragraph of the archive
    /// (about 10,000 at 2,500 articles), so a visit should cost a pointer's hash, not an id string's.
    /// </summary>
    private static Dictionary<Article, double> ArticleCloseness(KnowledgeSnapshot snapshot, QueryEvidence evidence, IEnumerable<Article> articles)
    {
        var sums = new Dictionary<Article, (double Sum, int Count)>(ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            sums[article] = (0, 0);
        }

        if (!evidence.LexicalOnly)
        {
            foreach (var p in evidence.SemanticallyScored)
            {
                var article = snapshot.Passages[p].Article;
                if (sums.TryGetValue(article, out var total))
                {
                    sums[article] = (total.Sum + evidence.PassageSemantic[p], total.Count + 1);
                }
            }
        }

        return sums.ToDictionary(kv => kv.Key, kv => kv.Value.Count == 0 ? 0 : kv.Value.Sum / kv.Value.Count, (IEqualityComparer<Article>)ReferenceEqualityComparer.Instance);
    }
}
