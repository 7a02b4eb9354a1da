using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// What the answer-or-decline decision (<see cref="AnswerabilityModel"/>) sees of a question and its best candidate:
/// how much of the question the sentence and the articles in view cover (IDF-weighted, and its names alone; and with
/// the words the sentence says in close words, <see cref="WordMatches"/>, with the count of words neither the articles
/// nor the retrieved paragraphs' close words hold), how
/// close the sentence is in meaning (to the retrieval model, and to a paraphrase model: <see cref="IParaphraseSimilarity"/>) and the
/// question to the quoted article as a whole (<see cref="RetrievedPassage.ArticleCloseness"/>: a loosely worded question about the
/// story sits nearer it than an unrelated one that shares a word with one sentence), the retriever's confidence, the margin over the next candidate, whether the
/// sentence holds the kind of answer asked for, whether it holds what a "how many / how much" question counts
/// (<see cref="QuestionProfile.Counted"/>: a figure beside other words counts something else), and the setting (a follow-up, how many articles are in view), with
/// the main signals weighed again, more the fewer articles are in view. The quoted article holds a name of the question
/// also when it writes another name of that place (<see cref="QuestionProfile.NamesPlace"/>).
/// </summary>
internal static class AnswerabilityFeatures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "evidence", "semantic", "passage", "sentence_coverage", "scope_coverage", "names_unknown",
        "margin", "answer_type", "follow_up", "log_articles", "content_words", "unknown_words",
        "paragraph_coverage", "rarest_in_paragraph",
        "per_article", "per_article_x_evidence", "per_article_x_semantic", "per_article_x_passage",
        "per_article_x_sentence_coverage", "per_article_x_margin", "per_article_x_follow_up",
        "unknown_rarity", "per_article_x_unknown_words", "names_outside_article", "paraphrase", "per_article_x_paraphrase",
        "article_closeness", "per_article_x_article_closeness",
        "per_article_x_unknown_count", "per_article_x_two_unknown",
        "close_word_coverage", "per_article_x_close_word_coverage", "per_article_x_unmatched_count", "uncounted", "bias",
    ];

    public static double[] Of(
        QuestionProfile question,
        IReadOnlyList<SentenceCandidate> ranked,
        int best,
        IReadOnlyList<Article> inScope,
        bool followUp,
        ArticleStatisticsCache statistics,
        WordMatches matches)
    {
        var candidate = ranked[best];
        var stats = statistics.For(candidate.Article);
        var sentenceStems = StemsOf(candidate.Article, candidate.Sentence.Span);
        ReferredNames.AddTo(sentenceStems, candidate.Article, candidate.Paragraph, candidate.Sentence.Span, stats);
        var paragraphStems = StemsOf(candidate.Article, candidate.Paragraph.Span);
        ReferredNames.AddTo(paragraphStems, candidate.Article, candidate.Paragraph, stats);
        double total = 0, inSentence = 0, inSentenceOrClose = 0, inParagraph = 0, inScopeWeight = 0, rarest = 0, unknownRarity = 0;
        int unknown = 0, unmatched = 0;
        var rarestInParagraph = false;
        foreach (var stem in question.ContentStems)
        {
            var idf = stats.Idf(stem);
            var known = statistics.AnyContains(inScope, stem);
            total += idf;
            inSentence += sentenceStems.Contains(stem) ? idf : 0;
            inSentenceOrClose += idf * matches.Credit(stem, sentenceStems);
            inParagraph += paragraphStems.Contains(stem) ? idf : 0;
            inScopeWeight += known ? idf : 0;
            unknown += known ? 0 : 1;
            unmatched += known || matches.HasMatch(stem) ? 0 : 1;
            unknownRarity += known ? 0 : question.EnglishRarity(stem);
            if (known && idf > rarest)
            {
                // The rarest word the articles do use is what the question is most specifically about.
                rarest = idf;
                rarestInParagraph = paragraphStems.Contains(stem);
            }
        }

        var next = ranked.Where((c, i) => i != best).Select(c => c.Evidence).DefaultIfEmpty(0).Max();
        var semantic = Math.Max(0, candidate.Sentence.Semantic);
        var sentenceCoverage = total == 0 ? 0 : inSentence / total;
        var closeCoverage = total == 0 ? 0 : inSentenceOrClose / total;
        var margin = candidate.Evidence - next;
        var follow = followUp ? 1.0 : 0.0;

        // A few articles in view are another setting than a corpus: a story's own reader asks loosely worded questions
        // that it still answers, so the main signals get a second weight, in full for one article and fading as
        // 1 / the number of articles.
        var one = 1.0 / inScope.Count;
        return
        [
            candidate.Evidence,
            semantic,
            candidate.Passage.Score,
            sentenceCoverage,
            total == 0 ? 0 : inScopeWeight / total,
            UnknownNameShare(question, inScope, statistics),
            margin,
            candidate.TypeMatch,
            follow,
            Math.Log(inScope.Count),
            Math.Min(question.ContentStems.Count, 8) / 8.0,
            question.ContentStems.Count == 0 ? 0 : unknown / (double)question.ContentStems.Count,
            total == 0 ? 0 : inParagraph / total,
            rarestInParagraph ? 1 : 0,
            one,
            one * candidate.Evidence,
            one * semantic,
            one * candidate.Passage.Score,
            one * sentenceCoverage,
            one * margin,
            one * follow,
            question.ContentStems.Count == 0 ? 0 : unknownRarity / question.ContentStems.Count,
            one * (question.ContentStems.Count == 0 ? 0 : unknown / (double)question.ContentStems.Count),
            NamesOutsideShare(question, stats),
            0,
            0,
            candidate.Passage.ArticleCloseness,
            one * candidate.Passage.ArticleCloseness,
            one * Math.Min(unknown, 3) / 3.0,
            unknown >= 2 ? one : 0,
            closeCoverage,
            one * closeCoverage,
            one * Math.Min(unmatched, 3) / 3.0,
            question.Counted.Count > 0 && question.Counted.All(stem => matches.Credit(stem, sentenceStems) == 0) ? 1 : 0,
            1,
        ];
    }

    /// <summary>
    /// A copy of <paramref name="features"/> with the paraphrase model's similarity of question and sentence set (0 in
    /// what <see cref="Of"/> returns: it is asked for only where it can change the decision, see
    /// <see cref="AnswerabilityJudge"/>).
    /// </summary>
    public static double[] WithParaphrase(double[] features, double similarity, int articlesInView)
    {
        var copy = (double[])features.Clone();
        copy[s_paraphrase] = Math.Max(0, similarity);
        copy[s_paraphrase + 1] = Math.Max(0, similarity) / articlesInView;
        return copy;
    }

    private static readonly int s_paraphrase = Names.ToList().IndexOf("paraphrase");

    private static HashSet<string> StemsOf(Article article, TextSpan span) => SentenceSelector.StemsOf(article, span.Start, span.End);

    /// <summary>
    /// The share of the question's names (capitalised words after the first, a lower-case name given its capital back by
    /// <see cref="Text.NameCapitals"/>) that no article in view uses.
    /// </summary>
    private static double UnknownNameShare(QuestionProfile question, IReadOnlyList<Article> articles, ArticleStatisticsCache statistics) =>
        question.Names.Count == 0 ? 0 : question.Names.Count(n => !statistics.AnyContains(articles, n)) / (double)question.Names.Count;

    /// <summary>The share of the question's names that the quoted article does not write, by that name or another.</summary>
    private static double NamesOutsideShare(QuestionProfile question, ArticleStatistics quoted) =>
        question.Names.Count == 0 ? 0 : question.Names.Count(n => !question.NamesPlace(n, quoted.Contains)) / (double)question.Names.Count;
}
