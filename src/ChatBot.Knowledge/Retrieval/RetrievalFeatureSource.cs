namespace ChatBot.Knowledge;

/// <summary>Exposes <see cref="FusionFeatures"/> for every candidate, computed exactly as the retriever computes them.</summary>
internal sealed class RetrievalFeatureSource(KnowledgeBase knowledgeBase, EvidenceCollector collector) : IRetrievalFeatureSource
{
    public IReadOnlyList<string> PassageFeatureNames => FusionFeatures.PassageNames;

    public IReadOnlyList<string> SentenceFeatureNames => FusionFeatures.SentenceNames;

    public async Task<IReadOnlyList<PassageFeatures>> GetFeaturesAsync(RetrievalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await knowledgeBase.WaitUntilReadyAsync(cancellationToken);
        var snapshot = knowledgeBase.Current!;
        var evidence = await collector.CollectAsync(snapshot, query.Text, query.ArticleId, cancellationToken);
        try
        {
            var result = new List<PassageFeatures>(evidence.Candidates.Length);
            foreach (var p in evidence.Candidates)
            {
                var passage = snapshot.Passages[p];
                var sentences = FusionFeatures.ForSentences(evidence, p)
                    .Select((features, i) => new SentenceFeatures(snapshot.SentenceSpans[passage.FirstSentence + i], features))
                    .ToList();

                result.Add(new PassageFeatures(passage.Article, passage.Paragraph, FusionFeatures.ForPassage(evidence, p), sentences));
            }

            return result;
        }
        finally
        {
            evidence.Release();
        }
    }
}
