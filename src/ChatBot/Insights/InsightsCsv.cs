using System.Globalization;
using System.Text;
using ChatBot.State;

namespace ChatBot.Insights;

/// <summary>
/// The insights as one CSV table (RFC 4180): a row per question asked and per reaction, with the declined
/// question's group. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
internal static class InsightsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string Write(InsightsView view, IReadOnlyList<InsightEvent> events, IReadOnlyList<FeedbackEntry> feedback)
    {
        var groupOf = view.Declined
            .SelectMany(g => g.Wordings.Select(w => (Wording: w, Group: g.Question)))
            .ToDictionary(x => x.Wording, x => x.Group, StringComparer.OrdinalIgnoreCase);
        var text = new StringBuilder("timestamp,kind,channel,question,declined_group,comment,quotes\r\n");
        var rows = events
            .Select(e => (e.Timestamp, Kind: e.Outcome, e.Channel, Question: (string?)e.Question,
                Group: e.Outcome == Telemetry.AnswerOutcome.Declined ? groupOf.GetValueOrDefault(e.Question) : null,
                Comment: (string?)null, Quotes: string.Join(" | ", e.Quotes.Select(q => $"{q.Title} ¶{q.Paragraph}: {q.Quote}"))))
            .Concat(feedback.Select(f => (f.Timestamp, Kind: f.Reaction, Channel: f.ChannelId, f.Question, Group: (string?)null, f.Comment, Quotes: "")))
            .OrderBy(r => r.Timestamp);
        foreach (var row in rows)
        {
            text.AppendJoin(',', Cell(row.Timestamp.ToString("O", CultureInfo.InvariantCulture)), Cell(row.Kind), Cell(row.Channel),
                Cell(row.Question), Cell(row.Group), Cell(row.Comment), Cell(row.Quotes));
            text.Append("\r\n");
        }

        return text.ToString();
    }

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
