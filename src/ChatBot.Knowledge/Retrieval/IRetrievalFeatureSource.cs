namespace ChatBot.Knowledge;

/// <summary>
/// The evidence behind a ranking, feature by feature, for every candidate paragraph and sentence.
/// Used by the evaluation tool to fit the fusion weights; answering code uses <see cref="IPassageRetriever"/>.
/// </summary>
public interface IRetrievalFeatureSource
{
    IReadOnlyList<string> PassageFeatureNames { get; }

    IReadOnlyList<string> SentenceFeatureNames { get; }

    /// <summary>Features of every candidate paragraph (all, or the query's article), in index order, not ranked.</summary>
    Task<IReadOnlyList<PassageFeatures>> GetFeaturesAsync(RetrievalQuery query, CancellationToken cancellationToken);
}
