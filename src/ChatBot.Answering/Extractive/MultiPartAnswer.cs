using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// Joins the answers to the parts of a question with several asks (<see cref="QuestionParts"/>) into one reply: each
/// part under its own heading, the citations numbered once across the reply (a quote two parts share keeps one number).
/// </summary>
internal static partial class MultiPartAnswer
{
    public static Answer Join(string question, IReadOnlyList<(string Part, Answer Answer)> parts, bool severalArticles)
    {
        var citations = new List<Citation>();
        var text = new StringBuilder();
        foreach (var (part, answer) in parts)
        {
            var renumbered = new Dictionary<int, int>();
            foreach (var citation in answer.Citations)
            {
                var same = citations.FindIndex(c => c.ArticleId == citation.ArticleId && c.Start == citation.Start && c.End == citation.End);
                if (same < 0)
                {
                    citations.Add(citation with { Id = citations.Count + 1 });
                    same = citations.Count - 1;
                }

                renumbered[citation.Id] = same + 1;
            }

            var body = answer.Kind switch
            {
                AnswerKind.Answered or AnswerKind.LeftOpen => Marker().Replace(answer.Markdown, m => renumbered.TryGetValue(int.Parse(m.Groups[1].ValueSpan, provider: null), out var id) ? $"[{id}]" : m.Value),
                AnswerKind.Unclear => answer.Markdown,
                _ => AnswerComposer.DoesNotSay(severalArticles),
            };
            text.Append(text.Length == 0 ? string.Empty : "\n\n").Append("**").Append(part).Append("** ").Append(body);
        }

        var answered = parts.Where(p => p.Answer.Kind is AnswerKind.Answered or AnswerKind.LeftOpen).ToList();
        var kind = answered.Count == 0 ? AnswerKind.NotCovered
            : answered.Any(p => p.Answer.Kind == AnswerKind.Answered) ? AnswerKind.Answered
            : AnswerKind.LeftOpen;
        var last = parts[^1].Answer;
        return new Answer(answered.Count > 0, text.ToString(), citations, question, last.FollowUps) { Kind = kind };
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();
}
