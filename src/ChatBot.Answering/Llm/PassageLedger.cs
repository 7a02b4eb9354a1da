using System.Globalization;
using System.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Llm;

/// <summary>
/// The numbered passages one answer may cite: the first retrieval plus whatever the model's own searches add.
/// A passage keeps its number for the whole answer, so the model's [n] markers can be checked against it.
/// </summary>
internal sealed class PassageLedger
{
    private readonly Lock _gate = new();
    private readonly List<RetrievedPassage> _passages = [];
    private readonly int _capacity;

    public PassageLedger(IEnumerable<RetrievedPassage> initial, int capacity)
    {
        _capacity = capacity;
        Add(initial);
    }

    /// <summary>The passages so far; passage n is at index n - 1.</summary>
    public IReadOnlyList<RetrievedPassage> Snapshot()
    {
        lock (_gate)
        {
            return [.. _passages];
        }
    }

    /// <summary>Numbers the passages (new ones after the last, known ones keep theirs), up to the capacity.</summary>
    public IReadOnlyList<(int Number, RetrievedPassage Passage)> Add(IEnumerable<RetrievedPassage> passages)
    {
        var numbered = new List<(int, RetrievedPassage)>();
        lock (_gate)
        {
            foreach (var passage in passages)
            {
                var known = _passages.FindIndex(p => p.Paragraph.Id == passage.Paragraph.Id);
                if (known >= 0)
                {
                    numbered.Add((known + 1, _passages[known]));
                }
                else if (_passages.Count < _capacity)
                {
                    _passages.Add(passage);
                    numbered.Add((_passages.Count, passage));
                }
            }
        }

        return numbered;
    }

    /// <summary>
    /// Writes passages as delimited data. Angle brackets inside the article text are swapped for look-alikes, so a
    /// passage can neither close its own delimiter nor open a chat message of its own.
    /// </summary>
    public static string Format(IEnumerable<(int Number, RetrievedPassage Passage)> passages)
    {
        var text = new StringBuilder();
        foreach (var (number, passage) in passages)
        {
            var body = passage.Article.Slice(passage.Paragraph.Span).Replace('<', '‹').Replace('>', '›');
            var title = passage.Article.Title.Replace('"', '\'').Replace('<', '‹').Replace('>', '›');
            text.Append(CultureInfo.InvariantCulture, $"<passage id=\"{number}\" article=\"{title}\" paragraph=\"{passage.Paragraph.Number}\">\n")
                .Append(body)
                .Append("\n</passage>\n");
        }

        return text.ToString().TrimEnd();
    }

    public string Format()
    {
        var passages = Snapshot();
        return Format(passages.Select((p, i) => (i + 1, p)));
    }
}
