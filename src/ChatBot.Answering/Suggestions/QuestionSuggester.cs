using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Suggestions;

/// <summary>
/// Questions an article can answer, read off its own sentences: who said, told, warned or accused what
/// ("What did Lavrov tell Blinken?") and who a named person is, at most <see cref="MaxLength"/> characters, each
/// checked by asking it (<see cref="CheckAsync"/>).
/// </summary>
internal sealed partial class QuestionSuggester
{
    /// <summary>Longest suggestion: Teams and the Emulator show about this much of a chip.</summary>
    public const int MaxLength = 60;

    /// <summary>
    /// Articles whose suggestions are checked per turn: all of a small set on the first question, a few at a time up to
    /// <see cref="ArticlesCheckedAhead"/> (an unchecked article offers its unchecked candidates meanwhile).
    /// </summary>
    public const int ArticlesCheckedPerTurn = 3;

    /// <summary>
    /// Up to this many articles in view, every article's suggestions are checked within the first turns
    /// (<see cref="ArticlesCheckedPerTurn"/> a turn); a larger archive checks an article when an answer first cites it.
    /// </summary>
    public const int ArticlesCheckedAhead = 20;

    /// <summary>Suggestions read in order per one shown, before the already-asked and duplicate checks (else all are sorted).</summary>
    private const int LeadingPerShown = 4;

    private readonly ConditionalWeakTable<Article, IReadOnlyList<SuggestedQuestion>> _cache = [];
    private readonly ConditionalWeakTable<Article, IReadOnlyList<SuggestedQuestion>> _checked = [];

    /// <summary>Articles a turn is checking now: turns at the same time check different articles, not the same ones over.</summary>
    private readonly ConditionalWeakTable<Article, object> _checking = [];

    /// <summary>The article's suggestions: those that passed <see cref="CheckAsync"/> once it ran, else all candidates.</summary>
    public IReadOnlyList<SuggestedQuestion> For(Article article) =>
        _checked.TryGetValue(article, out var checkedOnes) ? checkedOnes : _cache.GetValue(article, Generate);

    /// <summary>
    /// Asks each candidate of up to <paramref name="maxArticles"/> not yet checked articles and keeps those answered
    /// from the article with a quote that names their subject, so a suggestion never leads to "the article doesn't
    /// say" or to an unrelated quote. Runs once per article (the result is kept with it).
    /// </summary>
    public async Task CheckAsync(
        IReadOnlyList<Article> articles, int maxArticles, Func<string, CancellationToken, Task<Answer>> ask, CancellationToken cancellationToken)
    {
        foreach (var article in articles.Where(a => !_checked.TryGetValue(a, out _) && _checking.TryAdd(a, this)).Take(maxArticles))
        {
            try
            {
                var kept = new List<SuggestedQuestion>();
                foreach (var candidate in _cache.GetValue(article, Generate))
                {
                    // Kept with the sentence that actually answers it, so "not the sentence just shown" holds for what is shown.
                    var answer = await ask(candidate.Text, cancellationToken);
                    if (answer.Kind == AnswerKind.Answered && answer.Citations.Count > 0 && answer.Citations[0] is var first
                        && first.ArticleId == article.Id && first.Quote.Contains(candidate.Subject, StringComparison.Ordinal))
                    {
                        kept.Add(candidate with { Paragraph = first.Paragraph, Source = new TextSpan(first.Start, first.End) });
                    }
                }

                _checked.AddOrUpdate(article, kept);
            }
            finally
            {
                _checking.Remove(article);
            }
        }
    }

    /// <summary>Questions near the passages just cited, skipping what was cited and what was already asked.</summary>
    /// <remarks>
    /// The cited article's suggestions rank before every other article's, so the others are read only when it has too
    /// few; and the already-asked check (which tokenizes) runs on the ordered sequence, so only as many suggestions are
    /// tokenized as it takes to find <paramref name="count"/>. Both keep the per-answer work independent of how many
    /// articles are loaded, with the same result as filtering and ordering all of them.
    /// </remarks>
    public IReadOnlyList<string> FollowUps(
        IReadOnlyList<Article> articles,
        IReadOnlyList<Citation> cited,
        IEnumerable<string> alreadyAsked,
        int count)
    {
        var asked = alreadyAsked.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var anchor = cited.Count > 0 ? cited[0] : null;
        if (anchor is not null)
        {
            var fromCitedArticle = Choose(articles.Where(a => a.Id == anchor.ArticleId).ToList(), cited, asked, anchor, count);
            if (fromCitedArticle.Count >= count)
            {
                return fromCitedArticle;
            }
        }

        return Choose(FallbackPool(articles, cited), cited, asked, anchor, count);
    }

    /// <summary>
    /// Where to look beyond the cited article. Up to <see cref="ArticlesCheckedAhead"/> articles in view, all of them; a
    /// large archive looks only at the other articles the answer cited and the newest few, which a reader of the
    /// welcome has seen: reading every article's suggestions would build them for thousands of articles on the first
    /// answer (1.2–2.4 CPU-s at 2,500 articles) for three chips.
    /// </summary>
    private static IReadOnlyList<Article> FallbackPool(IReadOnlyList<Article> articles, IReadOnlyList<Citation> cited)
    {
        if (articles.Count <= ArticlesCheckedAhead)
        {
            return articles;
        }

        var citedIds = cited.Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        return articles.Where(a => citedIds.Contains(a.Id))
            .Concat(articles.OrderByDescending(a => a.Date ?? DateOnly.MinValue).Take(ArticlesCheckedAhead))
            .DistinctBy(a => a.Id)
            .ToList();
    }

    private List<string> Choose(IReadOnlyList<Article> articles, IReadOnlyList<Citation> cited, HashSet<string> asked, Citation? anchor, int count)
    {
        var pool = articles.SelectMany(For)
            .Where(s => !cited.Any(c => c.ArticleId == s.ArticleId && c.Start < s.Source.End && s.Source.Start < c.End));

        // A large archive's suggestions are not all sorted for the few shown: the first few of the same order are kept
        // while reading them once, and are enough unless the already-asked and duplicate checks drop too many of them.
        var leading = Leading(pool, anchor, count * LeadingPerShown, out var complete);
        var chosen = Take(leading, asked, count);
        if (chosen.Count >= count || complete)
        {
            return chosen;
        }

        return Take(pool.OrderBy(s => ShownOrder(s, anchor)), asked, count);
    }

    /// <summary>
    /// The order suggestions are shown in: with an answer, its article's first, then by distance from the quoted
    /// paragraph and by position; without one, by paragraph. Ties keep the pool's order.
    /// </summary>
    private static (int, int, int) ShownOrder(SuggestedQuestion suggestion, Citation? anchor) => anchor is null
        ? (suggestion.Paragraph, 0, 0)
        : (suggestion.ArticleId == anchor.ArticleId ? 0 : 1, Math.Abs(suggestion.Paragraph - anchor.Paragraph), suggestion.Source.Start);

    private static List<string> Take(IEnumerable<SuggestedQuestion> ordered, HashSet<string> asked, int count) =>
        ordered.Where(s => !asked.Contains(Normalize(s.Text))).Select(s => s.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(count).ToList();

    /// <summary>
    /// The first <paramref name="keep"/> suggestions of <paramref name="pool"/> in <see cref="ShownOrder"/> (the position
    /// in the pool breaks ties, as in a stable sort), read once with a bounded heap;
    /// <paramref name="complete"/> says the pool held no more.
    /// </summary>
    private static List<SuggestedQuestion> Leading(IEnumerable<SuggestedQuestion> pool, Citation? anchor, int keep, out bool complete)
    {
        var last = new PriorityQueue<SuggestedQuestion, ((int, int, int), int)>(keep + 1, Comparer<((int, int, int), int)>.Create((a, b) => b.CompareTo(a)));
        var position = 0;
        foreach (var suggestion in pool)
        {
            var key = (ShownOrder(suggestion, anchor), position);
            position++;
            if (last.Count < keep)
            {
                last.Enqueue(suggestion, key);
            }
            else if (last.TryPeek(out _, out var latest) && key.CompareTo(latest) < 0)
            {
                last.EnqueueDequeue(suggestion, key);
            }
        }

        complete = position <= keep;
        var leading = new List<SuggestedQuestion>(last.Count);
        while (last.TryDequeue(out var suggestion, out _))
        {
            leading.Add(suggestion);
        }

        leading.Reverse();
        return leading;
    }

    private static IReadOnlyList<SuggestedQuestion> Generate(Article article)
    {
        var suggestions = new List<SuggestedQuestion>();
        var people = new List<(NameMention Mention, Paragraph Paragraph, TextSpan Sentence)>();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var sentence in paragraph.Sentences)
            {
                var mentions = NameFinder.Find(article.Text, sentence.Start, sentence.End);
                foreach (var mention in mentions.Where(m => m.Kind == NameKind.Person))
                {
                    people.Add((mention, paragraph, sentence));
                    var rest = article.Text[mention.End..sentence.End];
                    var question = FromReportingVerb(mention.Name, rest, mentions.Where(m => m.Start >= mention.End).ToList(), mention.End, article.Text);
                    if (question is not null)
                    {
                        suggestions.Add(new SuggestedQuestion(question, article.Id, paragraph.Number, sentence, mention.Name.Split(' ')[^1]));
                    }
                }
            }
        }

        foreach (var person in people.Where(p => p.Mention.Name.Contains(' ', StringComparison.Ordinal)).DistinctBy(p => p.Mention.Name))
        {
            suggestions.Add(new SuggestedQuestion($"Who is {person.Mention.Name}?", article.Id, person.Paragraph.Number, person.Sentence, person.Mention.Name.Split(' ')[^1]));
        }

        // Headings are not offered as questions: quoted whole ("What does the article say about "Lavrov & Blinken
        // discuss situation in Ukraine"?") they read as no person would ask and overflow a chip.
        return suggestions.Where(s => s.Text.Length <= MaxLength).DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? FromReportingVerb(string name, string rest, IReadOnlyList<NameMention> later, int restStart, string text)
    {
        var match = ReportingVerb().Match(rest);
        if (!match.Success)
        {
            return null;
        }

        var verb = match.Groups["verb"].Value.ToLowerInvariant();
        var objectName = later.FirstOrDefault(m => m.Start == restStart + match.Index + match.Length);
        var surname = name.Split(' ')[^1];
        switch (verb)
        {
            case "told":
                return objectName is null ? $"What did {surname} say?" : $"What did {surname} tell {Short(objectName.Name)}?";
            case "accused":
                var accused = AccusedObject().Match(text[(restStart + match.Index + match.Length)..]);
                return accused.Success ? $"What did {surname} accuse {accused.Groups["who"].Value} of?" : null;
            case "urged":
            case "pressed":
                return objectName is null ? null : $"What did {surname} {(verb == "urged" ? "urge" : "press")} {Short(objectName.Name)} to do?";
            case "warned":
                return $"What did {surname} warn about?";
            case "stressed":
                return $"What did {surname} stress?";
            case "emphasized":
            case "emphasised":
                return $"What did {surname} emphasize?";
            case "underscored":
                return $"What did {surname} underscore?";
            default:
                return $"What did {surname} say?";
        }
    }

    private static string Short(string name) => name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(name[0]) ? name.Split(' ')[^1] : name;

    private static string Normalize(string question) =>
        string.Join(' ', TextTerms.Tokenize(question).Select(t => t.Lower));

    [GeneratedRegex(@"^\s*(?:has\s+|had\s+|also\s+)?(?<verb>said|told|warned|stressed|urged|accused|emphasi[sz]ed|underscored|pressed|added|noted|claimed|argued|insisted)\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"^(?<who>(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+)\s+of\b")]
    private static partial Regex AccusedObject();
}
