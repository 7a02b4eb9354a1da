using System.Collections.Concurrent;
using ChatBot.Answering;
using ChatBot.Knowledge;

namespace ChatBot.Tests.Fakes;

/// <summary>
/// Answers with the first sentence of the paragraph that shares the most words with the question, quoted with its
/// real offsets; abstains when no paragraph shares a word. Records every question it receives.
/// </summary>
public sealed class FakeQuestionAnswerer : IQuestionAnswerer
{
    public const string NotFound = "The article doesn't say.";

    private static readonly char[] s_separators = [' ', ',', '.', '?', '!', '"', '\n'];

    private static readonly string[] s_starters =
    [
        "What did Lavrov say about weapons?",
        "Which detainees did Blinken want released?",
        "Where did the first grain ship leave from?",
        "Who brokered the grain deal?",
    ];

    private readonly IReadOnlyList<Article> _articles;

    public FakeQuestionAnswerer(IReadOnlyList<Article> articles) => _articles = articles;

    public ConcurrentQueue<Question> Questions { get; } = new();

    /// <summary>When set, runs before answering; lets a test stream drafts or fail.</summary>
    public Func<Question, IAnswerDraftSink?, CancellationToken, Task>? BeforeAnswer { get; set; }

    public IReadOnlyList<string> FollowUps { get; set; } = [];

    public async Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        if (BeforeAnswer is not null)
        {
            await BeforeAnswer(question, drafts, cancellationToken);
        }

        var words = Words(question.Text);
        var best = _articles
            .SelectMany(a => a.Paragraphs.Select(p => (Article: a, Paragraph: p, Overlap: Words(a.Slice(p.Span)).Intersect(words).Count())))
            .Where(x => x.Overlap > 0)
            .OrderByDescending(x => x.Overlap)
            .FirstOrDefault();
        if (best.Article is null)
        {
            return new Answer(false, NotFound, [], question.Text, []);
        }

        var span = best.Paragraph.Sentences[0];
        var quote = best.Article.Slice(span);
        var citation = new Citation(1, best.Article.Id, best.Article.Title, best.Paragraph.Number, quote, span.Start, span.End, 0.9);
        return new Answer(true, $"{quote} [1]", [citation], question.Text, FollowUps);
    }

    public Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(s_starters.Take(count).ToArray());

    private static HashSet<string> Words(string text) =>
        text.ToUpperInvariant()
            .Split(s_separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3)
            .ToHashSet();
}
