namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>
/// The three articles of the real-user question set loaded together, as a user would meet them: the seed article,
/// the SQuAD sample's 1973 oil crisis and the CoQA fixture's Formula One story.
/// </summary>
public sealed class RealUserArticlesHost : CopiedArticlesHost
{
    /// <summary>The question set's article keys and the ids the knowledge base gives those articles.</summary>
    public static IReadOnlyDictionary<string, string> ArticleIds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["seed"] = "article-2022-07-30",
        ["oil-crisis"] = "1973-oil-crisis",
        ["formula-one"] = "cnn-34majl3qp4nal2j008z43rt25ji433",
    };

    protected override IEnumerable<string> ArticleFiles() =>
    [
        Path.Combine(RepositoryPaths.Content, "article-2022-07-30.txt"),
        Path.Combine(RepositoryPaths.SquadSample, "1973-oil-crisis.txt"),
        Path.Combine(RepositoryPaths.CoqaSample, "cnn-34majl3qp4nal2j008z43rt25ji433.txt"),
    ];
}
