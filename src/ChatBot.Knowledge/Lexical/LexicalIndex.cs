using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChatBot.Knowledge;

/// <summary>
/// An in-memory Lucene index scored with BM25 and an English analyzer (stop words, Porter stemming).
/// Immutable once built, so any number of queries may run on it while a newer one is being built.
/// </summary>
/// <remarks>
/// The index lives in a <see cref="RAMDirectory"/>: it holds managed memory only, so a snapshot that has been
/// replaced is reclaimed by the garbage collector once the last in-flight query lets go of it.
/// </remarks>
internal sealed class LexicalIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string IndexField = "i";
    private const string ArticleField = "article";
    private const string TextField = "text";

    private readonly Analyzer _analyzer;
    private readonly IndexSearcher _searcher;
    private readonly int _count;
    private readonly int[] _positionOfDoc;

    private LexicalIndex(Analyzer analyzer, IndexSearcher searcher, int count, int[] positionOfDoc)
    {
        _analyzer = analyzer;
        _searcher = searcher;
        _count = count;
        _positionOfDoc = positionOfDoc;
    }

    public static LexicalIndex Build(IReadOnlyList<LexicalDocument> documents)
    {
        var analyzer = new EnglishAnalyzer(Version);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var document = documents[i];
                writer.AddDocument(new Document
                {
                    new NumericDocValuesField(IndexField, i),
                    new StringField(ArticleField, document.ArticleId, Field.Store.NO),
                    new Lucene.Net.Documents.TextField(TextField, document.Text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        // Lucene doc ids need not follow insertion order (merges), so map them once instead of reading a stored field per hit.
        var positionOfDoc = new int[reader.MaxDoc];
        var positions = MultiDocValues.GetNumericValues(reader, IndexField);
        for (var doc = 0; doc < positionOfDoc.Length; doc++)
        {
            positionOfDoc[doc] = positions is null ? doc : (int)positions.Get(doc);
        }

        return new LexicalIndex(analyzer, searcher, documents.Count, positionOfDoc);
    }

    /// <summary>The analyzed (lower-cased, stemmed, stop-word-free) terms of a question.</summary>
    public IReadOnlyList<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>BM25 hits for the terms, best first, optionally within one article.</summary>
    public IReadOnlyList<LexicalHit> Search(IReadOnlyList<string> terms, int maxHits, string? articleId)
    {
        if (terms.Count == 0 || _count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        Filter? filter = articleId is null ? null : new QueryWrapperFilter(new TermQuery(new Term(ArticleField, articleId)));
        var top = _searcher.Search(query, filter, Math.Min(maxHits, _count));
        var hits = new LexicalHit[top.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var scoreDoc = top.ScoreDocs[i];
            hits[i] = new LexicalHit(_positionOfDoc[scoreDoc.Doc], scoreDoc.Score);
        }

        return hits;
    }
}
