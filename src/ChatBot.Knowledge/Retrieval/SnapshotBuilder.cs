namespace ChatBot.Knowledge;

/// <summary>Ingestion after loading: flatten paragraphs and sentences, build the lexical index, embed, build the vector index.</summary>
internal sealed class SnapshotBuilder(EmbeddingCache embeddings, ITextEmbedder embedder)
{
    public async Task<KnowledgeSnapshot> BuildAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var passages = new List<PassageEntry>();
        var owners = new List<int>();
        var spans = new List<TextSpan>();
        var passageDocuments = new List<LexicalDocument>();
        var sentenceDocuments = new List<LexicalDocument>();
        var sentenceTexts = new List<string>();
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
                    owners.Add(passages.Count - 1);
                    spans.Add(sentence);
                    sentenceTexts.Add(text);
                    sentenceDocuments.Add(new LexicalDocument(article.Id, text));
                }
            }
        }

        var passageLexical = LexicalIndex.Build(passageDocuments);
        var sentenceLexical = LexicalIndex.Build(sentenceDocuments);
        var passageTerms = passageDocuments.Select(d => passageLexical.Analyze(d.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        var sentenceTerms = sentenceDocuments.Select(d => passageLexical.Analyze(d.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        var passageBigrams = passageDocuments.Select(d => Bigrams(passageLexical.Analyze(d.Text))).ToArray();
        var sentenceBigrams = sentenceDocuments.Select(d => Bigrams(passageLexical.Analyze(d.Text))).ToArray();
        var vectors = await embeddings.GetOrEmbedAsync(sentenceTexts, cancellationToken);
        var sentenceVectors = new VectorIndex(vectors, embedder.Dimensions);
        var passageVectors = new VectorIndex(
            passages.Select(p => sentenceVectors.NormalizedMean(p.FirstSentence, p.SentenceCount)).ToArray(),
            embedder.Dimensions);

        return new KnowledgeSnapshot
        {
            Articles = articles,
            ArticlesById = articles.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase),
            Passages = passages,
            SentenceOwners = [.. owners],
            SentenceSpans = [.. spans],
            PassageTerms = passageTerms,
            SentenceTerms = sentenceTerms,
            PassageBigrams = passageBigrams,
            SentenceBigrams = sentenceBigrams,
            PassageLexical = passageLexical,
            SentenceLexical = sentenceLexical,
            SentenceVectors = sentenceVectors,
            PassageVectors = passageVectors,
        };
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
