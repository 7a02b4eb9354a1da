using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// For each common word of a question, the words of the retrieved paragraphs that mean nearly the same
/// (<see cref="IWordSimilarity"/> at or above a threshold): "start" finds "began", "cars" finds "automobiles", so a
/// sentence that says the asked thing in other words covers the question as well as one that repeats it, weighed by
/// how close the words are. A word that shares a common sense with the question's in WordNet (<see cref="SynonymLexicon"/>:
/// "believed" and "thought") counts too, with any number of articles in view, as long as the model does not place the
/// two far apart. Names are left out: a model places any two people or places close together. A measure
/// the question asks for ("how big") is held by a text that gives it in a unit (<see cref="MeasureWords"/>), with or
/// without the model.
/// </summary>
internal sealed class WordMatches
{
    /// <summary>
    /// What a measure given in a unit counts for: as much as a close word near the top of the model's range, since a
    /// figure ("a capacity crowd of 135,000") says the size without being the word "big". Full credit, 1.0, refitted,
    /// moved the tune halves little and apart: SQuAD 0.8281 → 0.8272, CoQA answerable turns declined with one story
    /// 0.085 → 0.079 at the decision (2 December).
    /// </summary>
    private const double MeasureCredit = 0.8;

    /// <summary>
    /// What a word sharing a common WordNet sense with the question's counts for, as much as a measure. On the SQuAD
    /// tune half 0.7 / 0.8 / 0.9 gave first citations 0.8477 / 0.8486 / 0.8486 (0.8468 without synonyms).
    /// </summary>
    private const double SynonymCredit = 0.8;

    /// <summary>
    /// How close the word model must still place a WordNet synonym: WordNet joins "start" and "act", "accomplish" and
    /// "do" in some sense a sentence rarely means. Without a floor, SQuAD's tune half fell 0.8468 → 0.8451 (2 gains, 6
    /// losses); floors 0.3 / 0.4 / 0.5 gave 0.8468 / 0.8486 / 0.8477.
    /// </summary>
    private const double SynonymFloor = 0.4;

    private readonly Dictionary<string, Dictionary<string, double>> _matches;
    private readonly IReadOnlySet<string> _measures;

    private WordMatches(Dictionary<string, Dictionary<string, double>> matches, IReadOnlySet<string> measures)
    {
        _matches = matches;
        _measures = measures;
    }

    /// <summary>Exact words and measures only, for when the model's close words are not used.</summary>
    public static WordMatches Exact(QuestionProfile question) => new([], question.Measures);

    /// <summary>How much of <paramref name="questionStem"/> a text with these stems holds: 1 when it repeats it, else its closest match's similarity or 0.</summary>
    public double Credit(string questionStem, IReadOnlySet<string> stems)
    {
        if (stems.Contains(questionStem))
        {
            return 1;
        }

        var best = _measures.Contains(questionStem) && MeasureWords.Gives(questionStem, stems) ? MeasureCredit : 0.0;
        if (_matches.TryGetValue(questionStem, out var close))
        {
            foreach (var (stem, similarity) in close)
            {
                if (similarity > best && stems.Contains(stem))
                {
                    best = similarity;
                }
            }
        }

        return best;
    }

    /// <summary>Whether some retrieved paragraph says <paramref name="questionStem"/> in other words.</summary>
    public bool HasMatch(string questionStem) => _matches.ContainsKey(questionStem);

    /// <param name="everyCloseWord">
    /// Whether any word of the paragraphs may be close (few articles in view, see
    /// <see cref="SentenceScoringOptions.CloseWordsArticles"/>); otherwise only WordNet synonyms are compared, which
    /// costs the model a few words, not a paragraph's.
    /// </param>
    public static async Task<WordMatches> FindAsync(
        QuestionProfile question,
        IEnumerable<RetrievedPassage> passages,
        IWordSimilarity similarity,
        double threshold,
        bool everyCloseWord,
        CancellationToken cancellationToken)
    {
        var asked = TextTerms.Tokenize(question.Text)
            .Where((t, i) => (i == 0 || !t.IsCapitalized) && Comparable(t) && question.ContentStems.Contains(t.Stem))
            .DistinctBy(t => t.Stem, StringComparer.Ordinal)
            .ToList();
        if (asked.Count == 0)
        {
            return Exact(question);
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var passage in passages.DistinctBy(p => p.Paragraph.Id, StringComparer.Ordinal))
        {
            foreach (var token in TextTerms.Tokenize(passage.Article.Text, passage.Paragraph.Span.Start, passage.Paragraph.Span.End))
            {
                if (Comparable(token) && !question.ContentStems.Contains(token.Stem))
                {
                    texts.TryAdd(token.Lower, token.Stem);
                }
            }
        }

        var synonyms = asked
            .Select(t => SynonymLexicon.Default.StemsOfSynonyms(t.Lower).ToHashSet(StringComparer.Ordinal))
            .Select(stems => texts.Where(p => stems.Contains(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal))
            .ToList();
        everyCloseWord &= threshold < 1;
        var others = everyCloseWord ? texts.Keys.ToList() : synonyms.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToList();
        if (others.Count == 0)
        {
            return Exact(question);
        }

        var scores = await similarity.CompareAsync(asked.Select(t => t.Lower).ToList(), others, cancellationToken);
        var matches = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        for (var i = 0; i < asked.Count; i++)
        {
            for (var j = 0; j < others.Count; j++)
            {
                double credit = everyCloseWord && scores[i][j] >= threshold ? scores[i][j] : 0;
                if (synonyms[i].Contains(others[j]) && scores[i][j] >= SynonymFloor)
                {
                    credit = Math.Max(credit, SynonymCredit);
                }

                if (credit > 0)
                {
                    var close = matches.TryGetValue(asked[i].Stem, out var found) ? found : matches[asked[i].Stem] = new(StringComparer.Ordinal);
                    var stem = texts[others[j]];
                    close[stem] = Math.Max(close.GetValueOrDefault(stem), credit);
                }
            }
        }

        return new WordMatches(matches, question.Measures);
    }

    private static bool Comparable(WordToken token) =>
        token.Lower.Length >= 3 && !TextTerms.IsStopWord(token.Lower) && !token.Lower.Any(char.IsDigit);
}
