using ChatBot.Knowledge;

namespace ChatBot.Answering.Suggestions;

/// <summary>A question the article answers, and the sentence that answers it.</summary>
internal sealed record SuggestedQuestion(string Text, string ArticleId, int Paragraph, TextSpan Source);
