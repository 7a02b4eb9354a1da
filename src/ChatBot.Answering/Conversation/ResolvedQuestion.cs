namespace ChatBot.Answering.Conversation;

/// <summary>A question after follow-up resolution.</summary>
/// <param name="Standalone">The question as it reads without the conversation.</param>
/// <param name="IsFollowUp">True when earlier turns were needed to understand it.</param>
/// <param name="ContextParagraphIds">Paragraphs the previous turn cited (<c>article#number</c>), a hint for the follow-up.</param>
internal sealed record ResolvedQuestion(string Standalone, bool IsFollowUp, IReadOnlySet<string> ContextParagraphIds);
