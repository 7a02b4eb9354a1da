namespace ChatBot.Insights;

/// <summary>A passage an answer quoted: enough to show it beside a disliked answer.</summary>
public sealed record InsightQuote(string ArticleId, string Title, int Paragraph, string Quote);
