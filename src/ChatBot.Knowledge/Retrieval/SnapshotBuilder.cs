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
                var context = paragraph.Heading is null ? article.Title : $"{article.Title} {paragraph.Heading}";
                passages.Add(new PassageEntry(article, paragraph, spans.Count, paragraph.Sentences.Count));
                passageDocuments.Add(new LexicalDocument(article.Id, article.Slice(paragraph.Span), context));
                foreach (var sentence in paragraph.Sentences)
                {
                    var text = article.Slice(sentence);
                    owners.Add(passages.Count - 1);
                    spans.Add(sentence);
                    sentenceTexts.Add(text);
                    sentenceDocuments.Add(new LexicalDocument(article.Id, text, context));
                }
            }
        }

        var passageLexical = LexicalIndex.Build(passageDocuments);
        var sentenceLexical = LexicalIndex.Build(sentenceDocuments);
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
            PassageLexical = passageLexical,
            SentenceLexical = sentenceLexical,
            SentenceVectors = sentenceVectors,
            PassageVectors = passageVectors,
        };
    }
}
