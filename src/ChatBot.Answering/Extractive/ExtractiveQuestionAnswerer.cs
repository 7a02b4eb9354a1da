using System.Diagnostics;
using ChatBot.Answering.Commands;
using ChatBot.Answering.Conversation;
using ChatBot.Answering.SmallTalk;
using ChatBot.Answering.Suggestions;
using ChatBot.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Answers without a model: resolves a follow-up against the earlier turns, retrieves passages, picks the one or
/// two sentences that answer and quotes them exactly with [n] markers, or says plainly that the articles do not
/// cover the question. The default <see cref="IQuestionAnswerer"/> and the LLM answerer's fallback.
/// </summary>
public sealed class ExtractiveQuestionAnswerer : IQuestionAnswerer
{
    private readonly IKnowledgeBase _knowledgeBase;
    private readonly IPassageRetriever _retriever;
    private readonly IOptions<AnsweringOptions> _options;
    private readonly ILogger<ExtractiveQuestionAnswerer> _logger;
    private readonly ArticleStatisticsCache _statistics = new();
    private readonly SentenceSelector _selector;
    private readonly FollowUpQuestionRewriter _rewriter;
    private readonly ArticleSummarizer _summarizer;
    private readonly QuestionSuggester _suggester = new();
    private readonly TopicSimilarity _topics;
    private readonly AnswerabilityJudge _judge;
    private readonly IWordSimilarity _words;
    private readonly IAnsweringObserver? _observer;
    private readonly Text.QuestionNormalizer _normalizer = new();
    private readonly SmallTalkDetector _smallTalk = new();
    private readonly AsyncLocal<bool> _checkingSuggestions = new();

    /// <summary>The observer, except while this answerer asks its own suggestions: those decisions are not the question's.</summary>
    private IAnsweringObserver? Observer => _checkingSuggestions.Value ? null : _observer;

    public ExtractiveQuestionAnswerer(
        IKnowledgeBase knowledgeBase,
        IPassageRetriever retriever,
        ISentenceSimilarity similarity,
        IParaphraseSimilarity paraphrases,
        IWordSimilarity words,
        IOptions<AnsweringOptions> options,
        ILogger<ExtractiveQuestionAnswerer> logger,
        IAnsweringObserver? observer = null)
    {
        _observer = observer;
        _knowledgeBase = knowledgeBase;
        _retriever = retriever;
        _options = options;
        _logger = logger;
        _selector = new SentenceSelector(_statistics, options);
        _rewriter = new FollowUpQuestionRewriter(knowledgeBase);
        _summarizer = new ArticleSummarizer(_statistics);
        _topics = new TopicSimilarity(similarity);
        _judge = new AnswerabilityJudge(paraphrases);
        _words = words;
    }

    public async Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var stopwatch = Stopwatch.StartNew();
        var options = _options.Value;
        await _knowledgeBase.WaitUntilReadyAsync(cancellationToken);
        var articles = question.ArticleId is { } pinned && _knowledgeBase.FindArticle(pinned) is { } scoped ? [scoped] : _knowledgeBase.Articles;
        var vocabulary = _normalizer.VocabularyFor(articles);
        // "Thanks" or "ok" between two questions is not what the second one leans on, nor does it push the question out
        // of the turns kept: "why?" after them asks about the answer before.
        var history = question.History.Where(t => t.Answered || _smallTalk.Recognise(t.Question, vocabulary) is null).TakeLast(options.HistoryTurns).ToList();
        var text = question.Text.Trim();
        if (_smallTalk.Recognise(text, vocabulary) is { } talk)
        {
            return await FinishAsync(talk.ToAnswer(text, articles, await SuggestStarterQuestionsAsync(talk.StarterCount, cancellationToken)), drafts, cancellationToken);
        }

        await CheckSuggestionsAsync(articles.Count <= QuestionSuggester.ArticlesCheckedAhead ? articles : [], cancellationToken);

        // Where the conversation is: the latest answer's first quote, in an article still in view.
        var focus = ConversationFocus.From(history, _knowledgeBase) is { } f && articles.Any(a => a.Id == f.Article.Id) ? f : null;
        var command = ChatCommandParser.Parse(text, history.Any(t => t.Answered));
        if (command == ChatCommand.More)
        {
            if (focus is not null)
            {
                var next = ReadOn.Next(focus.Article, focus.QuoteEnd, history, new QuestionProfile(focus.PreviousQuestion), options.MaxQuoteLength);
                var (markdown, citations) = ReadOn.Reply(focus.Article, next, _knowledgeBase.Articles.Count > 1);
                AnsweringLog.Command(_logger, command.ToString(), citations.Count);
                var followUps = FollowUps([focus.Article], citations, history.Select(t => t.StandaloneQuestion).Append(text), options.FollowUpCount);
                var kind = citations.Count > 0 ? AnswerKind.Answered : AnswerKind.SmallTalk;
                return await FinishAsync(new Answer(citations.Count > 0, markdown, citations, text, followUps) { Kind = kind }, drafts, cancellationToken);
            }

            // The last answer quoted an article no longer in view: what this one is about is the next best thing.
            command = ChatCommand.Summary;
        }

        if (command != ChatCommand.None && ArticleChooser.Choose(articles, text, history) is { } article)
        {
            var (markdown, citations) = command == ChatCommand.Summary
                ? _summarizer.Summarize(article, options.MaxQuoteLength)
                : MentionLister.List(article, options.MaxQuoteLength);
            AnsweringLog.Command(_logger, command.ToString(), citations.Count);
            var followUps = FollowUps([article], [], history.Select(t => t.StandaloneQuestion).Append(text), options.FollowUpCount);
            return await FinishAsync(new Answer(citations.Count > 0, markdown, citations, text, followUps), drafts, cancellationToken);
        }

        if (QuestionParts.Split(text) is { Count: > 1 } parts)
        {
            return await FinishAsync(await AnswerPartsAsync(question, parts, history, articles.Count > 1, cancellationToken), drafts, cancellationToken);
        }

        var spelling = _normalizer.Normalize(text, articles);
        var resolved = _rewriter.Rewrite(spelling.Text, history);
        AnsweringLog.Resolved(_logger, text, resolved.Standalone);
        var expanded = focus is null ? null : $"{resolved.Standalone} {focus.PreviousQuestion}";
        var profile = new QuestionProfile(resolved.Focus);
        if (expanded is not null && (profile.ContentStems.Count == 0 || resolved.RefersToTopic))
        {
            // "Where?", "Who is part of it?": the previous question supplies what they are about.
            profile = new QuestionProfile($"{resolved.Focus} {focus!.PreviousQuestion}");
        }

        var asked = history.Select(t => t.StandaloneQuestion).Append(text).Append(resolved.Standalone);
        if (profile.ContentStems.Count == 0)
        {
            // "How much?" with nothing to read it against: there is no question to search for, and "the article doesn't
            // say" would not be true.
            var suggestions = FollowUps(articles, [], asked, options.FollowUpCount);
            var unclear = new Answer(false, AnswerComposer.Unclear(text, articles.Count, suggestions.Count > 0), [], resolved.Standalone, suggestions) { Kind = AnswerKind.Unclear };
            return await FinishAsync(unclear, drafts, cancellationToken);
        }

        if (drafts is not null)
        {
            await drafts.ReportStatusAsync(articles.Count == 1 ? "Searching the article…" : "Searching the articles…", cancellationToken);
        }

        var topic = options.Scoring.Topic > 0 ? TopicSimilarity.TopicOf(profile.Text) : null;
        await _topics.PrepareAsync([resolved.Standalone, topic, expanded], cancellationToken);
        var scope = articles.Count == 1 ? articles[0].Id : null;
        var passages = await _retriever.RetrieveAsync(new RetrievalQuery(resolved.Standalone, options.MaxPassages, scope), cancellationToken);
        var around = focus is null ? [] : await _retriever.RetrieveAsync(new RetrievalQuery(expanded!, options.FocusPassages, focus.Article.Id), cancellationToken);
        var matches = await WordMatches.FindAsync(
            profile, passages.Concat(around), _words, options.Scoring.CloseWords, articles.Count <= options.Scoring.CloseWordsArticles, cancellationToken);
        var ranked = (await RerankByTopicAsync(profile, topic, _selector.Rank(profile, passages, matches), options, cancellationToken)).ToList();
        if (focus is not null)
        {
            var aroundRanked = await RerankByTopicAsync(profile, topic, _selector.Rank(profile, around, matches), options, cancellationToken);
            ranked = [.. ConversationRanker.Rank(focus, ranked, aroundRanked, resolved.IsFollowUp, Observer is not { } observer ? null : rows =>
                observer.FollowUpCandidates(question, rows.Select(r => (r.Candidate.Article.Id, r.Candidate.Sentence.Span, r.Features)).ToList()))];
        }

        var top = ranked.FirstOrDefault();
        ranked = PreferLeftOpen(resolved.Focus, focus, ranked);

        // The article's own "he did not reveal …" about what was asked is the honest reply even when no sentence answers
        // well enough: it claims nothing, and PreferLeftOpen only moves it up when it shares the question's names and words.
        var promotedLeftOpen = ranked.Count > 0 && !ReferenceEquals(ranked[0], top);
        double[] FeaturesAt(int rank) => AnswerabilityFeatures.Of(profile, ranked, rank, articles, resolved.IsFollowUp, _statistics, matches);
        Task<IReadOnlyList<(double Probability, double[] Features)>> JudgeAsync(IReadOnlyList<int> ranks) =>
            _judge.JudgeAsync(resolved.Standalone, ranked, ranks, FeaturesAt, articles.Count, options.MinAnswerability, exact: _observer is not null, cancellationToken);
        (double Probability, double[] Features)? best = ranked.Count == 0 ? null : (await JudgeAsync([0]))[0];
        if (best is not null)
        {
            Observer?.Answerability(question, best.Value.Features, ranked[0].Article.Id, ranked[0].Sentence.Span);
        }

        var confidence = best?.Probability ?? 0;

        Answer answer;
        var firstSentence = ranked.Count == 0 ? string.Empty : ranked[0].Article.Slice(ranked[0].Sentence.Span);
        var leftOpen = ranked.Count > 0 && ReplyVerdict.LeavesOpen(firstSentence);

        // A sentence that says something is not known but shares no word with the question does not answer it: "Who
        // wrote the article?" is not answered by "Well, the company doesn't actually say." about how long Apple keeps
        // recordings, which under "The article does not say. It only notes:" would read as if it were about it.
        var leavesSomethingElseOpen = leftOpen && !Text.TextTerms.ContentStems(resolved.Standalone).Overlaps(Text.TextTerms.ContentStems(firstSentence));
        if (ranked.Count == 0 || (confidence < options.MinAnswerability && !promotedLeftOpen) || leavesSomethingElseOpen)
        {
            answer = new Answer(false, AnswerComposer.NotCovered(articles), [], resolved.Standalone, FollowUps(articles, [], asked, options.FollowUpCount));
        }
        else
        {
            // The second and later quotes must clear the threshold too; each is judged only when the quoting reaches it.
            var quotes = await CiteAsync(ranked, async rank => rank == 0 ? confidence : (await JudgeAsync([rank]))[0].Probability, profile, options);
            var citations = quotes.Select(q => q.Citation).ToList();
            if (articles.Count > QuestionSuggester.ArticlesCheckedAhead)
            {
                // A large archive checks an article's suggestions when an answer first cites it: its follow-ups are the
                // ones offered next, and no turn pays for articles nobody is reading.
                await CheckSuggestionsAsync([ranked[0].Article], cancellationToken);
            }

            answer = new Answer(true, AnswerComposer.Answer(_knowledgeBase.Articles.Count > 1, quotes, leftOpen), citations, resolved.Standalone,
                FollowUps(articles, citations, asked, options.FollowUpCount))
            {
                Kind = leftOpen ? AnswerKind.LeftOpen : AnswerKind.Answered,
            };
        }

        AnsweringLog.Answered(_logger, answer.Answered, answer.Citations.Count, confidence, resolved.IsFollowUp, stopwatch.ElapsedMilliseconds);
        return await FinishAsync(spelling.Annotate(answer), drafts, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken)
    {
        await _knowledgeBase.WaitUntilReadyAsync(cancellationToken);
        var articles = _knowledgeBase.Articles;
        await CheckSuggestionsAsync(articles, cancellationToken);
        // Each article's suggestions are read only when the round-robin reaches it: it usually stops within the first
        // few articles, and a welcome must not cost a pass over a large archive.
        var perArticle = new IReadOnlyList<string>?[articles.Count];
        IReadOnlyList<string> SuggestionsOf(int i) => perArticle[i] ??= _suggester.FollowUps([articles[i]], [], [], count);
        var indexes = Enumerable.Range(0, articles.Count);
        var starters = new List<string>();
        for (var round = 0; starters.Count < count && indexes.Any(i => round < SuggestionsOf(i).Count); round++)
        {
            starters.AddRange(indexes.Where(i => round < SuggestionsOf(i).Count).Select(i => SuggestionsOf(i)[round]).Take(count - starters.Count));
        }

        if (starters.Count < count && articles.Count > 0)
        {
            starters.Add("What is this article about?");
        }

        return starters.Distinct(StringComparer.OrdinalIgnoreCase).Take(count).ToList();
    }

    /// <summary>
    /// Answers a question with several asks part by part, each with the whole question (and the parts before it) as
    /// the conversation so far, so "When did they talk and how did Blinken describe it?" knows who "they" are and "…,
    /// and what did he threaten Russia with?" who "he" is. The earlier turns carry no quotes: the parts ask about
    /// different facts, so none should be looked for next to another's answer; the later parts are searched in the
    /// article the first answer quoted (<see cref="SubjectArticle"/>). The parts' answers are joined.
    /// </summary>
    private async Task<Answer> AnswerPartsAsync(Question question, IReadOnlyList<string> parts, List<ConversationTurn> history, bool severalArticles, CancellationToken cancellationToken)
    {
        var whole = question.Text.Trim();
        var turns = new List<ConversationTurn>(history) { new(whole, whole, true, []) };
        var answers = new List<(string, Answer)>();
        foreach (var part in parts)
        {
            var scope = question.ArticleId ?? SubjectArticle(answers.Select(a => a.Item2), part);
            var answer = await AnswerAsync(question with { Text = part, History = turns.ToList(), ArticleId = scope }, null, cancellationToken);
            answers.Add((part, answer));
            turns.Add(new ConversationTurn(part, answer.StandaloneQuestion, answer.Answered, []));
        }

        AnsweringLog.MultiPart(_logger, parts.Count, answers.Count(a => a.Item2.Answered));
        return MultiPartAnswer.Join(whole, answers, severalArticles);
    }

    /// <summary>
    /// The article a later ask of the same question is about: the one the first answered part quoted, unless the part
    /// names something that article never mentions. "Who won the race and who came second?" asks both about one race;
    /// searched alone over every article, "who came second?" found the oil crisis's "second oil shock".
    /// </summary>
    private string? SubjectArticle(IEnumerable<Answer> earlier, string part)
    {
        if (earlier.FirstOrDefault(a => a.Answered && a.Citations.Count > 0) is not { } answered
            || _knowledgeBase.FindArticle(answered.Citations[0].ArticleId) is not { } article)
        {
            return null;
        }

        var stats = _statistics.For(article);
        return new QuestionProfile(part).Names.All(stats.Contains) ? article.Id : null;
    }

    /// <summary>
    /// The suggestions to offer after this answer; none while checking suggestions, which reads only an answer's kind
    /// and citations (a large archive's follow-ups look beyond the cited article, several times per turn).
    /// </summary>
    private IReadOnlyList<string> FollowUps(IReadOnlyList<Article> articles, IReadOnlyList<Citation> cited, IEnumerable<string> asked, int count) =>
        _checkingSuggestions.Value ? [] : _suggester.FollowUps(articles, cited, asked, count);

    /// <summary>
    /// Checks the suggestions of a few more articles each turn by asking them here (without this step, so the check does
    /// not recurse), so only questions the articles answer are offered; see <see cref="QuestionSuggester.CheckAsync"/>.
    /// </summary>
    private Task CheckSuggestionsAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken) =>
        _checkingSuggestions.Value ? Task.CompletedTask : _suggester.CheckAsync(articles, QuestionSuggester.ArticlesCheckedPerTurn, async (question, ct) =>
        {
            _checkingSuggestions.Value = true;
            return await AnswerAsync(new Question(question, []), null, ct);
        }, cancellationToken);

    /// <summary>
    /// A leading sentence that says what the question asks about someone it names is not known or not revealed ("he
    /// did not reveal the details regarding Lavrov's response") goes first: it is the honest answer. In a conversation
    /// it must lie near the previous answer; asked alone, it must also share another of the question's words.
    /// </summary>
    private static List<SentenceCandidate> PreferLeftOpen(string question, ConversationFocus? focus, List<SentenceCandidate> ranked)
    {
        const int Leading = 10, Near = 8;
        var tokens = Text.TextTerms.Tokenize(question);
        var names = tokens.Skip(1).Where(t => t.IsCapitalized).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var words = tokens.Where(t => !Text.TextTerms.IsStopWord(t.Lower)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0 || ranked.Count < 2)
        {
            return ranked;
        }

        bool Fits(SentenceCandidate c)
        {
            if (!ReplyVerdict.LeavesOpen(c.Article.Slice(c.Sentence.Span)))
            {
                return false;
            }

            var stems = Text.TextTerms.Tokenize(c.Article.Text, c.Sentence.Span.Start, c.Sentence.Span.End).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
            return stems.Overlaps(names) && (focus is null
                ? stems.Count(words.Contains) >= 2
                : c.Article.Id == focus.Article.Id && Math.Abs(SentenceOrdinals.Of(c.Article, c.Sentence.Span.Start) - focus.SentenceOrdinal) <= Near);
        }

        var open = ranked.Take(Leading).ToList().FindIndex(Fits);
        return open <= 0 ? ranked : [ranked[open], .. ranked.Where((_, i) => i != open)];
    }

    /// <summary>Adds the topic similarity (<see cref="SentenceScoringOptions.Topic"/>) to the leading candidates' scores.</summary>
    /// <param name="topic">The question's topic words; null when there are none or topic scoring is off.</param>
    private async Task<IReadOnlyList<SentenceCandidate>> RerankByTopicAsync(
        QuestionProfile profile,
        string? topic,
        IReadOnlyList<SentenceCandidate> ranked,
        AnsweringOptions options,
        CancellationToken cancellationToken)
    {
        const int Leading = 12;
        if (topic is null || ranked.Count < 2)
        {
            return ranked;
        }

        var leading = ranked.Take(Leading).ToList();
        var similarity = await _topics.ScoreAsync(topic, leading, cancellationToken);
        var rescored = leading.Select((c, i) => c with { Score = c.Score + (options.Scoring.Topic * similarity[i]) })
            .OrderByDescending(c => c.Score)
            .ToList();
        if (rescored[0].TypeMatch < 1 && leading[0].TypeMatch >= 1 && profile.Type is AnswerType.Time or AnswerType.Quantity)
        {
            return ranked;
        }

        return [.. rescored, .. ranked.Skip(Leading)];
    }

    /// <summary>
    /// The best sentence, and a second one when it is nearly as good and says something else; a sentence beside a quote
    /// joins it at the lower <see cref="AnsweringOptions.AdjacentCitationRatio"/>.
    /// </summary>
    /// <param name="answerability">
    /// P(answerable) of the candidate at that rank, asked only for the ranks the quoting reaches (each may cost a paraphrase
    /// model call); a second quote must clear the threshold too.
    /// </param>
    private static async Task<List<(Citation Citation, TextSpan Sentence)>> CiteAsync(List<SentenceCandidate> ranked, Func<int, Task<double>> answerability, QuestionProfile profile, AnsweringOptions options)
    {
        var citations = new CitationList();
        var quotes = new List<(Citation, TextSpan)>();
        var best = ranked[0];

        // A few candidates more than quotes allowed, for quotes that overlap; no further one is judged.
        var reach = Math.Min(ranked.Count, options.MaxCitations + 2);
        for (var rank = 0; rank < reach; rank++)
        {
            var candidate = ranked[rank];
            if (citations.Count >= options.MaxCitations)
            {
                break;
            }

            var first = candidate == best;
            if (!first && candidate.Score < Math.Min(options.AdjacentCitationRatio, options.SecondCitationRatio) * best.Score)
            {
                break;
            }

            var beside = BesideQuote(quotes, candidate, options.MaxQuoteLength);
            if (!first && beside is null && candidate.Score < options.SecondCitationRatio * best.Score)
            {
                continue;
            }

            var probability = await answerability(rank);
            if (!first && probability < options.MinAnswerability)
            {
                break;
            }

            if (beside is { } joined)
            {
                var (quote, passage) = joined;
                quotes[quote] = (citations.Widen(quotes[quote].Item1.Id, candidate.Article, passage), passage);
                continue;
            }

            var span = QuoteTrimmer.Trim(candidate.Article.Text, candidate.Sentence.Span, profile, options.MaxQuoteLength);
            if (span.Length == 0 || citations.Overlaps(candidate.Article, span))
            {
                continue;
            }

            var id = citations.Add(candidate.Article, candidate.Paragraph, span, probability);
            quotes.Add((citations.Items[id - 1], candidate.Sentence.Span));
        }

        return quotes;
    }

    /// <summary>
    /// The quote whose whole sentence (or passage) is the paragraph's sentence right before or after
    /// <paramref name="candidate"/>'s, and the passage of both, when it fits in one quote: adjacent sentences are one
    /// passage, cited once and read in the article's order ("The largest sensory feature is the aboral organ. Its main
    /// component is a statocyst…"), not as two quotes where the second's "Its" points at nothing; null when there is none.
    /// </summary>
    private static (int Quote, TextSpan Passage)? BesideQuote(List<(Citation Citation, TextSpan Sentence)> quotes, SentenceCandidate candidate, int maxLength)
    {
        var sentences = candidate.Paragraph.Sentences;
        var span = candidate.Sentence.Span;
        var at = 0;
        while (at < sentences.Count && sentences[at] != span)
        {
            at++;
        }

        if (at == sentences.Count)
        {
            return null;
        }

        TextSpan? before = at > 0 ? sentences[at - 1] : null;
        TextSpan? after = at + 1 < sentences.Count ? sentences[at + 1] : null;
        for (var i = 0; i < quotes.Count; i++)
        {
            var (citation, quoted) = quotes[i];
            var whole = citation.ArticleId == candidate.Article.Id && citation.Start == quoted.Start && citation.End == quoted.End;
            var passage = new TextSpan(Math.Min(quoted.Start, span.Start), Math.Max(quoted.End, span.End));
            if (whole && (quoted.Start == after?.Start || quoted.End == before?.End) && passage.Length < maxLength)
            {
                return (i, passage);
            }
        }

        return null;
    }

    private static async Task<Answer> FinishAsync(Answer answer, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        if (drafts is not null)
        {
            await drafts.ReportDraftAsync(answer.Markdown, cancellationToken);
        }

        return answer;
    }
}
