namespace ChatBot.Answering.Tests.Data;

/// <summary>One question of Data/real-user-questions.json and the outcome a user would count as right.</summary>
/// <param name="Expect">answered, not-covered, left-open, small-talk or other-language.</param>
/// <param name="Parts">Per part of the question, exact article strings; some citation must hold one of each part.</param>
/// <param name="Reading">For a typo: the corrected word the answer must state ("Reading *Lavrov* for …").</param>
/// <param name="Mentions">For a summary: text (the article's title) the reply must contain.</param>
public sealed record RealUserQuestion(
    string Article,
    string Category,
    string Question,
    string Expect,
    IReadOnlyList<IReadOnlyList<string>>? Parts,
    string? Reading,
    string? Mentions)
{
    /// <summary>Why the answer is wrong for a user, or null when it is right.</summary>
    public string? Judge(Answer answer)
    {
        switch (Expect)
        {
            case "answered":
                if (answer.Kind != AnswerKind.Answered)
                {
                    return $"not answered ({answer.Kind})";
                }

                var missing = (Parts ?? []).FirstOrDefault(part => !answer.Citations.Any(c => part.Any(f => c.Quote.Contains(f, StringComparison.OrdinalIgnoreCase))));
                if (missing is not null)
                {
                    return $"no citation holds \"{missing[0]}\" (first: {(answer.Citations.Count > 0 ? answer.Citations[0].Quote : "none")})";
                }

                if (Reading is not null && !answer.Markdown.Contains($"*{Reading}*", StringComparison.Ordinal))
                {
                    return $"does not state the reading *{Reading}*";
                }

                return Mentions is not null && !answer.Markdown.Contains(Mentions, StringComparison.OrdinalIgnoreCase)
                    ? $"does not say which article ({Mentions})"
                    : null;
            case "left-open":
                if (answer.Kind == AnswerKind.LeftOpen)
                {
                    return null;
                }

                if (Parts is null)
                {
                    return answer.Kind == AnswerKind.NotCovered ? null : $"answered with \"{FirstQuote(answer)}\"";
                }

                return answer.Kind == AnswerKind.Answered && answer.Citations.Any(c => Parts[0].Any(f => c.Quote.Contains(f, StringComparison.OrdinalIgnoreCase)))
                    ? null
                    : $"does not quote \"{Parts[0][0]}\" ({answer.Kind}: {FirstQuote(answer)})";
            case "not-covered":
                return answer.Kind == AnswerKind.NotCovered ? null : $"{answer.Kind} with \"{FirstQuote(answer)}\"";
            case "small-talk":
                return answer.Kind == AnswerKind.SmallTalk && !answer.Markdown.Contains("doesn't say", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : $"{answer.Kind}: {answer.Markdown}";
            case "other-language":
                return answer.Kind == AnswerKind.OtherLanguage ? null : $"{answer.Kind}: {FirstQuote(answer)}";
            default:
                return $"unknown expectation {Expect}";
        }
    }

    private static string FirstQuote(Answer answer) =>
        answer.Citations.Count > 0 ? answer.Citations[0].Quote : answer.Markdown.Split('\n')[0];
}
