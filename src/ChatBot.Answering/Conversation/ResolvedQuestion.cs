namespace ChatBot.Answering.Conversation;

/// <summary>A question after follow-up resolution.</summary>
/// <param name="Standalone">The question as it reads without the conversation.</param>
/// <param name="IsFollowUp">True when earlier turns were needed to understand it.</param>
/// <param name="ContextParagraphIds">Paragraphs the previous turn cited (<c>article#number</c>), a hint for the follow-up.</param>
internal sealed record ResolvedQuestion(string Standalone, bool IsFollowUp, IReadOnlySet<string> ContextParagraphIds)
{
    /// <summary>
    /// Quotes the previous turn gave, when the follow-up asks for more about the same thing ("what would the US do
    /// then?"): repeating them would not answer it, so they rank last.
    /// </summary>
    public IReadOnlyList<Citation> AlreadyCited { get; init; } = [];

    /// <summary>
    /// What is newly asked, to choose sentences by: the standalone question, except that the earlier question appended
    /// as context helps retrieval find the place but would pull the choice back to the sentence already given.
    /// </summary>
    public string Focus { get; init; } = Standalone;
}
