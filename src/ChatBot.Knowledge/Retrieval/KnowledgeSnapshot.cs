namespace ChatBot.Knowledge;

/// <summary>
/// Everything one version of the content needs to answer a query: the articles, their paragraphs and
/// sentences in flat tables, and the lexical and vector indexes over both. Replaced as a whole; immutable except
/// that the vector indexes fill in row by row after the first publication (<see cref="SnapshotEmbedder"/>).
/// </summary>
internal sealed class KnowledgeSnapshot
{
    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyDictionary<string, Article> ArticlesById { get; init; }

    public required IReadOnlyList<PassageEntry> Passages { get; init; }

    /// <summary>For each sentence (snapshot-wide numbering), the index of its passage.</summary>
    public required int[] SentenceOwners { get; init; }

    public required TextSpan[] SentenceSpans { get; init; }

    /// <summary>Each sentence's embedding-cache key (the SHA-256 of its text).</summary>
    public required string[] SentenceKeys { get; init; }

    /// <summary>Each sentence's row in the sentence tables, by its article's id and its start in the article's text.</summary>
    public required IReadOnlyDictionary<(string ArticleId, int Start), int> SentenceIndex { get; init; }

    /// <summary>Analyzed terms and adjacent term pairs of each passage (with its heading): coverage and phrase evidence.</summary>
    public required DocumentTerms PassageTerms { get; init; }

    /// <summary>Analyzed terms and adjacent term pairs of each sentence.</summary>
    public required DocumentTerms SentenceTerms { get; init; }

    public required LexicalIndex PassageLexical { get; init; }

    public required LexicalIndex SentenceLexical { get; init; }

    public required VectorIndex SentenceVectors { get; init; }

    /// <summary>A paragraph's vector is present once all its sentences' are.</summary>
    public required VectorIndex PassageVectors { get; init; }

    /// <summary>True once every sentence is embedded: retrieval is fully hybrid.</summary>
    public bool IsComplete => SentenceVectors.IsComplete;

    public string SentenceText(int sentence) => Passages[SentenceOwners[sentence]].Article.Slice(SentenceSpans[sentence]);
}
