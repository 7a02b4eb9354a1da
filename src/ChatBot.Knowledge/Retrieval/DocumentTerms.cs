namespace ChatBot.Knowledge;

/// <summary>
/// The distinct analyzed terms and adjacent term pairs ("military equip") of each document of one lexical index, as
/// ids of that index's own vocabulary. Coverage features ask whether a document holds each of a question's few
/// terms for hundreds of candidates per question: an id found in a short int array costs a fraction of a string hashed
/// into a set, and a snapshot holds two arrays per document instead of two sets and a string per pair.
/// </summary>
internal sealed class DocumentTerms
{
    private readonly Dictionary<string, int> _terms;
    private readonly Dictionary<long, int> _pairs;
    private readonly int[][] _documentTerms;
    private readonly int[][] _documentPairs;

    private DocumentTerms(Dictionary<string, int> terms, Dictionary<long, int> pairs, int[][] documentTerms, int[][] documentPairs)
    {
        _terms = terms;
        _pairs = pairs;
        _documentTerms = documentTerms;
        _documentPairs = documentPairs;
    }

    /// <param name="analyzed">Each document's analyzed terms, in text order; read one document at a time, so a large archive's terms are never all held as strings.</param>
    public static DocumentTerms Build(IEnumerable<IReadOnlyList<string>> analyzed)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<long, int>();
        var documentTerms = new List<int[]>();
        var documentPairs = new List<int[]>();
        var ids = new List<int>();
        foreach (var document in analyzed)
        {
            ids.Clear();
            foreach (var term in document)
            {
                ids.Add(Intern(terms, term));
            }

            var pairIds = new HashSet<int>();
            for (var i = 1; i < ids.Count; i++)
            {
                var key = PairKey(ids[i - 1], ids[i]);
                if (!pairs.TryGetValue(key, out var id))
                {
                    pairs[key] = id = pairs.Count;
                }

                pairIds.Add(id);
            }

            documentTerms.Add(Distinct(ids));
            documentPairs.Add([.. pairIds]);
        }

        return new DocumentTerms(terms, pairs, [.. documentTerms], [.. documentPairs]);
    }

    /// <summary>
    /// The ids of a question's distinct terms and distinct adjacent pairs that this vocabulary knows; a term or pair it
    /// does not know is in no document, so it is left out (it still counts in a coverage's denominator).
    /// </summary>
    public QueryTermIds Lookup(IReadOnlyList<string> analyzed)
    {
        var termIds = new int[analyzed.Count];
        for (var i = 0; i < analyzed.Count; i++)
        {
            termIds[i] = _terms.TryGetValue(analyzed[i], out var id) ? id : -1;
        }

        var pairs = new List<int>();
        for (var i = 1; i < termIds.Length; i++)
        {
            if (termIds[i - 1] >= 0 && termIds[i] >= 0 && _pairs.TryGetValue(PairKey(termIds[i - 1], termIds[i]), out var id))
            {
                pairs.Add(id);
            }
        }

        return new QueryTermIds([.. termIds.Where(id => id >= 0).Distinct()], [.. pairs.Distinct()]);
    }

    /// <summary>How many of the question's terms document <paramref name="document"/> holds.</summary>
    public int CountTerms(int document, QueryTermIds query) => Count(_documentTerms[document], query.Terms);

    /// <summary>How many of the question's adjacent pairs document <paramref name="document"/> holds.</summary>
    public int CountPairs(int document, QueryTermIds query) => Count(_documentPairs[document], query.Pairs);

    private static int Count(int[] document, int[] query)
    {
        var found = 0;
        foreach (var id in query)
        {
            // A document holds tens of ids: a vectorized scan beats a binary search's branches.
            if (document.AsSpan().Contains(id))
            {
                found++;
            }
        }

        return found;
    }

    private static int Intern(Dictionary<string, int> terms, string term)
    {
        if (!terms.TryGetValue(term, out var id))
        {
            terms[term] = id = terms.Count;
        }

        return id;
    }

    private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    private static int[] Distinct(IEnumerable<int> ids) => [.. ids.Distinct()];
}
