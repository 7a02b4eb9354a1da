using ChatBot.Answering.Text;
using ChatBot.Knowledge;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Ranks the sentences of the retrieved paragraphs for a question: the retriever's evidence, the share of the
/// question's (rare) words the sentence repeats or says in close words (<see cref="WordMatches"/>), and whether it
/// holds the kind of answer asked for.
/// </summary>
internal sealed class SentenceSelector(ArticleStatisticsCache statistics, IOptions<AnsweringOptions> options)
{
    public IReadOnlyList<SentenceCandidate> Rank(
        QuestionProfile question,
        IReadOnlyList<RetrievedPassage> passages,
        WordMatches matches)
    {
        var weights = options.Value.Scoring;
        var candidates = new List<SentenceCandidate>();
        foreach (var passage in passages)
        {
            var article = passage.Article;
            var stats = statistics.For(article);
            var paragraphStems = StemsOf(article, passage.Paragraph.Span.Start, passage.Paragraph.Span.End);
            paragraphStems.UnionWith(TextTerms.ContentStems(passage.Paragraph.Heading ?? string.Empty));
            paragraphStems.UnionWith(TextTerms.ContentStems(article.Title));
            var paragraphCoverage = Coverage(question, paragraphStems, stats, matches);

            foreach (var sentence in AskedAndAnswered.Units(article, passage.Sentences))
            {
                var text = article.Slice(sentence.Span);
                var overlap = Coverage(question, StemsOf(article, sentence.Span.Start, sentence.Span.End), stats, matches);
                var typeMatch = AnswerTypeCues.Match(question, text);
                var score = (weights.Retrieval * sentence.Score)
                    + (weights.Semantic * sentence.Semantic)
                    + (weights.Overlap * overlap)
                    + (weights.AnswerType * typeMatch)
                    + (weights.Passage * passage.Score);
                var coverage = (0.7 * overlap) + (0.3 * paragraphCoverage);
                var typeEvidence = question.Type == AnswerType.Unknown ? 1.0 : typeMatch;
                var evidence = Math.Clamp(
                    (weights.EvidenceSemantic * Math.Max(0, sentence.Semantic))
                    + (weights.EvidenceCoverage * coverage)
                    + (weights.EvidencePassage * passage.Score)
                    + (weights.EvidenceAnswerType * typeEvidence),
                    0,
                    1);
                candidates.Add(new SentenceCandidate(passage, sentence, score, evidence, typeMatch));
            }
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        PromoteTypedAnswer(question, candidates, weights.TypeGate);
        return candidates;
    }

    /// <summary>
    /// A "when" or "how many" question is not answered by a sentence without a date or a figure: when the best one has
    /// none, a nearly-as-good sentence that has one goes first.
    /// </summary>
    private static void PromoteTypedAnswer(QuestionProfile question, List<SentenceCandidate> candidates, double gate)
    {
        if (question.Type is not (AnswerType.Time or AnswerType.Quantity) || candidates.Count == 0 || candidates[0].TypeMatch >= 1)
        {
            return;
        }

        var best = candidates[0].Score;
        var typed = candidates.FindIndex(c => c.TypeMatch >= 1 && c.Score >= gate * best);
        if (typed > 0)
        {
            var candidate = candidates[typed];
            candidates.RemoveAt(typed);
            candidates.Insert(0, candidate);
        }
    }

    /// <summary>IDF-weighted share of the question's content words that the text holds, or says in close words.</summary>
    private static double Coverage(QuestionProfile question, IReadOnlySet<string> stems, ArticleStatistics stats, WordMatches matches)
    {
        double total = 0, found = 0;
        foreach (var stem in question.ContentStems)
        {
            var idf = stats.Idf(stem);
            total += idf;
            found += idf * matches.Credit(stem, stems);
        }

        return total == 0 ? 0 : found / total;
    }

    public static HashSet<string> StemsOf(Article article, int start, int end) =>
        TextTerms.Tokenize(article.Text, start, end).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
}
