namespace ChatBot.WebChat.Tests;

/// <summary>One citation in a <c>POST /api/ask</c> response.</summary>
public sealed record AskCitation(int Id, string Article, string Title, int Paragraph, string Quote, int Start, int End, double Score);
