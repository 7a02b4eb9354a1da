namespace ChatBot.Knowledge;

/// <summary>
/// Ingestion after loading: flatten paragraphs and sentences, build the lexical index, and fill the vector index with
/// what the embedding cache already holds. What is missing is embedded afterwards (<see cref="SnapshotEmbedder"/>),
/// so the snapshot can answer lexically within seconds of start.
/// </summary>
internal sealed class SnapshotBuilder(EmbeddingCache embeddings, IEmbeddingModel embedder)
{
    public async Task<KnowledgeSnapshot> BuildAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var passages = new List<PassageEntry>();
        var owners = new List<int>();
        var spans = new List<TextSpan>();
        var passageDocuments = new List<LexicalDocument>();
        var sentenceDocuments = new List<LexicalDocument>();
        var sentenceTexts = new List<string>();
        var sentenceIndex = new Dictionary<(string ArticleId, int Start), int>();
        foreach (var article in articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                // A heading belongs to the paragraphs below it, so its words count as theirs; the article title does
                // not (it would match every paragraph of the article alike).
                var paragraphText = article.Slice(paragraph.Span);
                passages.Add(new PassageEntry(article, paragraph, spans.Count, paragraph.Sentences.Count));
                passageDocuments.Add(new LexicalDocument(article.Id, paragraph.Heading is null ? paragraphText : $"{paragraph.Heading}\n{paragraphText}"));
                foreach (var sentence in paragraph.Sentences)
                {
                    var text = article.Slice(sentence);
                    sentenceIndex[(article.Id, sentence.Start)] = spans.Count;
                    owners.Add(passages.Count - 1);
                    spans.Add(sentence);
                    sentenceTexts.Add(text);
                    sentenceDocuments.Add(new LexicalDocument(article.Id, text));
                }
            }
        }

        // Paragraph side and sentence side are independent: build them on two cores while the embeddings are looked up.
        var passageSide = Task.Run(() => IndexAndAnalyze(passageDocuments), cancellationToken);
        var sentenceSide = Task.Run(() => IndexAndAnalyze(sentenceDocuments), cancellationToken);
        embedder.ChooseFor(sentenceTexts.Count);
        var keys = sentenceTexts.Select(EmbeddingCache.Key).ToArray();
        var sentenceVectors = new VectorIndex(keys.Length, embedder.Dimensions);
        var cached = await embeddings.ReadAllAsync(cancellationToken);
        for (var s = 0; s < keys.Length; s++)
        {
            if (cached.TryGetValue(keys[s], out var vector))
            {
                sentenceVectors.Set(s, vector);
            }
        }

        cached.Clear(); // the index holds them now; the cache's copy is not kept beside it
        var passageVectors = new VectorIndex(passages.Count, embedder.Dimensions);
        for (var p = 0; p < passages.Count; p++)
        {
            if (sentenceVectors.HasAll(passages[p].FirstSentence, passages[p].SentenceCount))
            {
                passageVectors.Set(p, sentenceVectors.NormalizedMean(passages[p].FirstSentence, passages[p].SentenceCount));
            }
        }

        var (passageLexical, passageTerms) = await passageSide;
        var (sentenceLexical, sentenceTerms) = await sentenceSide;

        return new KnowledgeSnapshot
        {
            Articles = articles,
            ArticlesById = articles.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase),
            Passages = passages,
            SentenceOwners = [.. owners],
            SentenceSpans = [.. spans],
            SentenceKeys = keys,
            SentenceIndex = sentenceIndex,
            PassageTerms = passageTerms,
            SentenceTerms = sentenceTerms,
            PassageLexical = passageLexical,
            SentenceLexical = sentenceLexical,
            SentenceVectors = sentenceVectors,
            PassageVectors = passageVectors,
        };
    }

    /// <summary>The lexical index over the documents, and each document's analyzed terms and pairs (<see cref="DocumentTerms"/>), analyzing each document once.</summary>
    private static (LexicalIndex Index, DocumentTerms Terms) IndexAndAnalyze(List<LexicalDocument> documents)
    {
        var index = LexicalIndex.Build(documents);
        return (index, DocumentTerms.Build(documents.Select(d => index.Analyze(d.Text))));
    }

    public static HashSet<string> Bigrams(IReadOnlyList<string> terms)
    {
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < terms.Count; i++)
        {
            bigrams.Add(string.Concat(terms[i - 1], " ", terms[i]));
        }

        return bigrams;
    }
}
