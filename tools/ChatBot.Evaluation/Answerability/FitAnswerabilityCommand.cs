using System.Globalization;
using ChatBot.Answering;
using ChatBot.Answering.Extractive;
using ChatBot.Evaluation.Dialogs;
using ChatBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Evaluation.Answerability;

/// <summary>
/// <c>fit-answerability --content SQUAD_DIR --questions SQUAD_QUESTIONS --coqa COQA_DIR [--off-topic FILE] [--dump FILE]</c>: asks
/// the SQuAD sample's questions (over all its articles, and each answerable one over its own article alone and over the
/// next) and the off-topic questions over the SQuAD articles, the CoQA sample's dialogs (one
/// story in scope, then all loaded) and its out-of-corpus probes over the CoQA stories, records the answerability
/// features of each, fits <c>AnswerabilityModel</c> on the tune halves (each kind of question weighing the same) and
/// reports, per threshold, what each kind does on both halves. Both samples are also asked with three articles loaded
/// together (<see cref="FewArticleGroups"/>), the setting of a small deployment, and reported (see <see cref="ReportedOnly"/>);
/// <see cref="Fit"/> says which model decides where. <c>--dump</c> writes every decision as a TSV row
/// (kind, half, answerable, quote holds gold, features) for analysis; <c>--from-dump FILE</c> fits on such a file instead
/// of asking again.
/// </summary>
internal static class FitAnswerabilityCommand
{
    private static readonly double[] s_thresholds = [0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];

    public static async Task<int> RunAsync(KnowledgeHost squadHost, EvaluationArguments arguments, string coqaPath, string offTopicPath, string? dumpPath, string? fromDumpPath, TextWriter output, CancellationToken cancellationToken)
    {
        var decisions = fromDumpPath is null
            ? await CollectAsync(squadHost, arguments, coqaPath, offTopicPath, cancellationToken)
            : (await File.ReadAllLinesAsync(fromDumpPath, cancellationToken)).Select(Parse).ToList();
        if (dumpPath is not null)
        {
            await File.WriteAllLinesAsync(dumpPath, decisions.Where(d => d.Features.Length > 0).Select(d =>
                string.Join('\t', new[] { d.Source, d.Tune ? "tune" : "test", d.Answerable ? "1" : "0", d.QuoteHoldsGold ? "1" : "0" }
                    .Concat(d.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture))))), cancellationToken);
        }

        Fit(decisions, output, new AnsweringOptions().MinAnswerability);
        return 0;
    }

    private static LabelledDecision Parse(string line)
    {
        var cells = line.Split('\t');
        return new LabelledDecision(cells[0], cells[1] == "tune", cells[4..].Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray(), cells[2] == "1", cells[3] == "1");
    }

    private static async Task<List<LabelledDecision>> CollectAsync(KnowledgeHost squadHost, EvaluationArguments arguments, string coqaPath, string offTopicPath, CancellationToken cancellationToken)
    {
        var decisions = new List<LabelledDecision>();
        var collector = new DecisionCollector();
        var squad = Answerer(squadHost, collector);
        var squadQuestions = await EvalQuestion.LoadAsync(arguments.QuestionsPath, QuestionSplit.All, cancellationToken);
        var offTopic = AnswerEvaluation.OffTopic(offTopicPath).ToList();

        // A SQuAD question asked alone: its decision, and whether the quote the bot would give holds a gold answer.
        async Task AskSquadAsync(ExtractiveQuestionAnswerer answerer, EvalQuestion question, string kind)
        {
            collector.Reset();
            var answer = await answerer.AnswerAsync(new Question(question.Question, []), null, cancellationToken);
            Add(decisions, question.Answerable ? $"{kind}-answerable" : $"{kind}-unanswerable", question.IsIn(QuestionSplit.Tune), collector.Last, question.Answerable, FirstQuoteHoldsGold(answer, question));
        }

        foreach (var question in squadQuestions)
        {
            await AskSquadAsync(squad, question, "squad");
        }

        // A reader of one article asks about it in its words, and about things it never covers in words it also uses
        // ("who won the world cup?" over a story that says "the world"). Each answerable question is asked with its own
        // article alone in scope, and with the next article alone, where it is not answered: the same words, the two labels.
        var squadArticles = squadHost.KnowledgeBase.Articles;
        foreach (var question in squadQuestions.Where(q => q.Answerable))
        {
            collector.Reset();
            var answer = await squad.AnswerAsync(new Question(question.Question, []) { ArticleId = question.Article }, null, cancellationToken);
            Add(decisions, "squad-own-article", question.IsIn(QuestionSplit.Tune), collector.Last, true, FirstQuoteHoldsGold(answer, question));
            collector.Reset();
            await squad.AnswerAsync(new Question(question.Question, []) { ArticleId = NextArticleId(squadArticles, question.Article) }, null, cancellationToken);
            Add(decisions, "squad-other-article", question.IsIn(QuestionSplit.Tune), collector.Last, false, false);
        }

        // Off-topic questions over all the articles, and over one of them (article i for question i), as a reader of a
        // single article asks them.
        foreach (var (question, i) in offTopic.Select((q, i) => (q, i)))
        {
            collector.Reset();
            await squad.AnswerAsync(new Question(question.Question, []), null, cancellationToken);
            Add(decisions, "off-topic", HashSplit.IsTune(question.Question), collector.Last, false, false);
            collector.Reset();
            await squad.AnswerAsync(new Question(question.Question, []) { ArticleId = squadArticles[i % squadArticles.Count].Id }, null, cancellationToken);
            Add(decisions, "off-topic-one-article", HashSplit.IsTune(question.Question), collector.Last, false, false);
        }

        // A small deployment: three articles loaded together; each off-topic question is asked in one group.
        var squadGroups = FewArticleGroups.Of(arguments.ContentPath);
        for (var g = 0; g < squadGroups.Count; g++)
        {
            var (group, index) = (squadGroups[g], g);
            await FewArticleGroups.RunAsync(arguments, group, async host =>
            {
                var few = Answerer(host, collector);
                foreach (var question in squadQuestions.Where(q => group.Contains(q.Article)))
                {
                    await AskSquadAsync(few, question, "squad-few");
                }

                foreach (var question in offTopic.Where((_, i) => i % squadGroups.Count == index))
                {
                    collector.Reset();
                    await few.AnswerAsync(new Question(question.Question, []), null, cancellationToken);
                    Add(decisions, "off-topic-few", HashSplit.IsTune(question.Question), collector.Last, false, false);
                }
            }, cancellationToken);
        }

        var coqaArguments = arguments with { ContentPath = Path.Combine(coqaPath, "articles") };
        var dialogs = await EvalDialog.LoadAsync(Path.Combine(coqaPath, "dialogs.jsonl"), QuestionSplit.All, cancellationToken);
        var probes = await EvalQuestion.LoadAsync(Path.Combine(coqaPath, "questions-outofcorpus.jsonl"), QuestionSplit.All, cancellationToken);
        await using (var coqaHost = await KnowledgeHost.StartAsync(coqaArguments, cancellationToken))
        {
            var coqa = Answerer(coqaHost, collector);
            var runner = new DialogRunner(coqa, new AnsweringOptions().HistoryTurns);
            foreach (var scoped in new[] { true, false })
            {
                await runner.RunAsync(dialogs, scoped, inConversation: true, cancellationToken, (_, _) => collector.Reset(), outcome =>
                    Add(decisions, scoped ? "coqa-scoped" : "coqa-all", HashSplit.IsTune(outcome.Dialog.Article), collector.Last, outcome.Gold.Answerable, outcome.FirstHoldsGold));
            }

            // A reader's own questions about one story, in their words: answered ones and ones the story leaves open.
            foreach (var written in OneStoryQuestion.Load(Path.Combine(AppContext.BaseDirectory, "Answerability", "one-story-questions.tsv")))
            {
                collector.Reset();
                var answer = await coqa.AnswerAsync(new Question(written.Question, []) { ArticleId = written.Story }, null, cancellationToken);
                var holds = written.Answerable && answer.Citations.Count > 0 && GoldMatch.Holds(answer.Citations[0].Quote, [written.Gold]);
                Add(decisions, written.Answerable ? "written-answerable" : "written-left-open", HashSplit.IsTune(written.Story), collector.Last, written.Answerable, holds);
            }

            // A dialog's opening question asked over the next story alone, reported (never fitted on): these excerpts often
            // open mid-conversation ("how much?", "Who was her husband?"), so many would fit any story.
            foreach (var dialog in dialogs)
            {
                collector.Reset();
                await coqa.AnswerAsync(new Question(dialog.Turns[0].Question, []) { ArticleId = NextArticleId(coqaHost.KnowledgeBase.Articles, dialog.Article) }, null, cancellationToken);
                Add(decisions, "coqa-other-story", HashSplit.IsTune(dialog.Article), collector.Last, false, false);
            }

            foreach (var probe in probes)
            {
                collector.Reset();
                await coqa.AnswerAsync(new Question(probe.Question, []), null, cancellationToken);
                Add(decisions, "coqa-out-of-corpus", HashSplit.IsTune(probe.Id), collector.Last, false, false);
            }

            // A user may ask something unrelated about a story, first or in the middle of a conversation: each probe is
            // also asked alone and after the first turn of a dialog (probe i, dialog i), with that story in scope.
            for (var i = 0; i < probes.Count; i++)
            {
                var dialog = dialogs[i % dialogs.Count];
                collector.Reset();
                await coqa.AnswerAsync(new Question(probes[i].Question, []) { ArticleId = dialog.Article }, null, cancellationToken);
                Add(decisions, "coqa-probe-one-story", HashSplit.IsTune(probes[i].Id), collector.Last, false, false);
                var first = await coqa.AnswerAsync(new Question(dialog.Turns[0].Question, []) { ArticleId = dialog.Article }, null, cancellationToken);
                var history = new[] { new ConversationTurn(dialog.Turns[0].Question, first.StandaloneQuestion, first.Answered, first.Citations) };
                collector.Reset();
                await coqa.AnswerAsync(new Question(probes[i].Question, history) { ArticleId = dialog.Article }, null, cancellationToken);
                Add(decisions, "coqa-probe-in-dialog", HashSplit.IsTune(probes[i].Id), collector.Last, false, false);
            }
        }

        // Three stories loaded together: their dialogs in conversation, and each out-of-corpus probe in one group.
        var storyGroups = FewArticleGroups.Of(coqaArguments.ContentPath);
        for (var g = 0; g < storyGroups.Count; g++)
        {
            var (group, index) = (storyGroups[g], g);
            await FewArticleGroups.RunAsync(coqaArguments, group, async host =>
            {
                var few = Answerer(host, collector);
                var runner = new DialogRunner(few, new AnsweringOptions().HistoryTurns);
                await runner.RunAsync(dialogs.Where(d => group.Contains(d.Article)), scoped: false, inConversation: true, cancellationToken, (_, _) => collector.Reset(), outcome =>
                    Add(decisions, "coqa-few", HashSplit.IsTune(outcome.Dialog.Article), collector.Last, outcome.Gold.Answerable, outcome.FirstHoldsGold));
                foreach (var probe in probes.Where((_, i) => i % storyGroups.Count == index))
                {
                    collector.Reset();
                    await few.AnswerAsync(new Question(probe.Question, []), null, cancellationToken);
                    Add(decisions, "coqa-probe-few", HashSplit.IsTune(probe.Id), collector.Last, false, false);
                }
            }, cancellationToken);
        }

        return decisions;
    }

    /// <summary>
    /// Fits the answer-or-decline model on every setting, and a second one on the settings with many articles in view
    /// (more than <c>AnsweringFeatures.FewArticles</c>: twelve SQuAD articles, a hundred CoQA stories), which decides
    /// there: a corpus-wide decision can be stricter with a question whose words the corpus lacks than one story's
    /// reader may be. The second model's operating point (the lowest threshold declining ≥ 0.95 of the tune half's
    /// off-topic questions) is folded into its bias, so one <c>MinAnswerability</c> holds for both.
    /// </summary>
    private static void Fit(List<LabelledDecision> decisions, TextWriter output, double minAnswerability)
    {
        var usable = decisions.Where(d => d.Features.Length > 0).ToList();
        var all = FitScope(usable, "every setting", output);
        var many = FitScope(usable.Where(d => !IsFew(d)).Select(WithoutFewArticleFeatures).ToList(), "many articles in view", output);
        // Searched in steps of 0.01: the report's coarser thresholds can overshoot the 0.95 by a question or two, and each
        // off-topic question declined beyond it costs SQuAD's answerable ones.
        var manyTune = usable.Where(d => d.Tune && !IsFew(d)).ToList();
        var manyThreshold = Enumerable.Range(5, 76).Select(i => i / 100.0).First(t => Declined(manyTune, "off-topic", many, t) >= 0.95);
        many[^1] += Logit(minAnswerability) - Logit(manyThreshold);

        output.WriteLine();
        output.WriteLine(Invariant($"operating point: MinAnswerability {minAnswerability:F2}; the many-articles model's own {manyThreshold:F2}, folded into its bias"));
        output.WriteLine("weights: [" + string.Join(", ", all.Select(w => w.ToString("F4", CultureInfo.InvariantCulture))) + "]");
        output.WriteLine("many-articles weights: [" + string.Join(", ", many.Select(w => w.ToString("F4", CultureInfo.InvariantCulture))) + "]");
        double Probability(LabelledDecision d) => LogisticRegression.Probability(IsFew(d) ? all : many, d.Features);
        foreach (var half in new[] { true, false })
        {
            WriteTradeOff(output, half ? "tune" : "test", usable.Where(d => d.Tune == half).ToList(), Probability);
        }
    }

    /// <summary>
    /// Features the many-articles model does without: how many of the question's words no article in view uses tells a
    /// question about one story from one about something else; over a corpus the share of such words and their rarity
    /// in English do that.
    /// </summary>
    private static readonly int[] s_fewArticleFeatures = new[] { "per_article_x_unknown_count", "per_article_x_two_unknown" }
        .Select(n => AnsweringFeatures.Answerability.ToList().IndexOf(n)).ToArray();

    /// <summary>The decision with <see cref="s_fewArticleFeatures"/> at 0, so the fit gives them no weight.</summary>
    private static LabelledDecision WithoutFewArticleFeatures(LabelledDecision decision)
    {
        var features = (double[])decision.Features.Clone();
        foreach (var i in s_fewArticleFeatures)
        {
            features[i] = 0;
        }

        return decision with { Features = features };
    }

    /// <summary>Index of the 1 / articles-in-view feature.</summary>
    private static readonly int s_perArticle = AnsweringFeatures.Answerability.ToList().IndexOf("per_article");

    private static bool IsFew(LabelledDecision decision) => decision.Features[s_perArticle] >= 1.0 / AnsweringFeatures.FewArticles;

    private static double[] FitScope(List<LabelledDecision> decisions, string scope, TextWriter output)
    {
        var tune = decisions.Where(d => d.Tune && !ReportedOnly(d.Source)).ToList();
        var perSource = tune.GroupBy(d => d.Source).ToDictionary(g => g.Key, g => g.Count());
        var weights = LogisticRegression.Fit(tune.Select(d => (d.Features, d.Answerable, SourceWeight(d.Source) / perSource[d.Source])).ToList());
        output.WriteLine(Invariant($"## Answerability fit, {scope} ({tune.Count} tune decisions: {string.Join(", ", perSource.Select(kv => $"{kv.Key} {kv.Value}"))})"));
        foreach (var (name, i) in AnsweringFeatures.Answerability.Select((n, i) => (n, i)))
        {
            output.WriteLine(Invariant($"  {name,-32} {weights[i],9:F4}"));
        }

        return weights;
    }

    private static double Declined(List<LabelledDecision> decisions, string source, double[] weights, double threshold)
    {
        var rows = decisions.Where(d => d.Source == source).ToList();
        return rows.Count(d => LogisticRegression.Probability(weights, d.Features) < threshold) / (double)Math.Max(1, rows.Count);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    /// <summary>
    /// The three-article groups are reported, not fitted on. Fitted on, they cost more than they gave: off-topic
    /// questions over all twelve SQuAD articles went from 0.89 to 0.60–0.81 declined (test half) for +0.005 on SQuAD,
    /// with or without features scaled by the number of articles; a model of their own (with one story) declined
    /// 0.79 of off-topic questions over three articles and fewer of the seed article's answerable ones. Reported, they
    /// show what a small deployment gets. The questions written for single stories (one-story-questions.tsv) are
    /// reported too: fitted on, they moved their own left-open ones little (declined 0.117 → 0.150 on the tune half,
    /// 0.000 → 0.062 on the test half) and declined twice as many of CoQA's answerable turns with one story in scope
    /// (0.048 → 0.114, test); neither "what / which" thing absent from the quote nor a yes/no question's uncovered words
    /// told them apart either (4 December).
    /// </summary>
    private static bool ReportedOnly(string source) =>
        source.EndsWith("-few", StringComparison.Ordinal) || source.Contains("-few-", StringComparison.Ordinal) || source == "coqa-other-story"
        || source.StartsWith("written-", StringComparison.Ordinal);

    /// <summary>SQuAD's unanswerable questions are written to look answerable; they count half, so they do not teach the model to doubt plain questions.</summary>
    private static double SourceWeight(string source) => source == "squad-unanswerable" ? 0.5 : 1;

    /// <summary>The bot's first quote comes from the question's article and holds one of its gold answers.</summary>
    private static bool FirstQuoteHoldsGold(Answer answer, EvalQuestion question) =>
        answer.Citations.Count > 0 && answer.Citations[0].ArticleId == question.Article
        && question.Answers.Any(a => answer.Citations[0].Quote.Contains(a, StringComparison.OrdinalIgnoreCase));

    /// <summary>The id of the article after the one given, in load order (the first after the last).</summary>
    private static string NextArticleId(IReadOnlyList<Article> articles, string id)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Id == id)
            {
                return articles[(i + 1) % articles.Count].Id;
            }
        }

        throw new ArgumentException($"No article '{id}' is loaded.", nameof(id));
    }

    private static void Add(List<LabelledDecision> decisions, string source, bool tune, double[]? features, bool answerable, bool holds) =>
        decisions.Add(new LabelledDecision(source, tune, features ?? [], answerable, holds));

    private static void WriteTradeOff(TextWriter output, string half, List<LabelledDecision> decisions, Func<LabelledDecision, double> probability)
    {
        var sources = decisions.Select(d => d.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"### {half} half: share declined per kind (answerable kinds: answered with a quote that holds the gold answer, in brackets)"));
        output.WriteLine("threshold  " + string.Join("  ", sources.Select(s => $"{s,22}")));
        foreach (var t in s_thresholds)
        {
            var cells = sources.Select(source =>
            {
                var rows = decisions.Where(d => d.Source == source).ToList();
                bool Declined(LabelledDecision d) => d.Features.Length == 0 || probability(d) < t;
                var declined = rows.Count(Declined) / (double)rows.Count;
                var right = rows.Count(d => !Declined(d) && d.QuoteHoldsGold) / (double)rows.Count;
                return rows.Any(d => d.Answerable) ? Invariant($"{declined:F3} ({right:F3})") : Invariant($"{declined:F3}");
            });
            output.WriteLine(Invariant($"{t,9:F2}  ") + string.Join("  ", cells.Select(c => $"{c,22}")));
        }
    }

    private static ExtractiveQuestionAnswerer Answerer(KnowledgeHost host, IAnsweringObserver observer) =>
        ExtractiveAnswerers.Create(host.Services, new AnsweringOptions { MinAnswerability = 0 }, observer);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
