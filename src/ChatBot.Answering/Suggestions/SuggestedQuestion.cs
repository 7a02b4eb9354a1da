using ChatBot.Knowledge;

namespace ChatBot.Answering.Suggestions;

/// <summary>A question the article answers, the sentence that answers it, and the name it is about.</summary>
/// <param name="Subject">The name the answer must mention ("Lavrov" for "What did Lavrov tell Blinken?").</param>
internal sealed record SuggestedQuestion(string Text, string ArticleId, int Paragraph, TextSpan Source, string Subject);
