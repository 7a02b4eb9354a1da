namespace ChatBot.Answering.Conversation;

/// <summary>A question after follow-up resolution.</summary>
/// <param name="Standalone">The question as it reads without the conversation.</param>
/// <param name="IsFollowUp">True when earlier turns were needed to understand it.</param>
internal sealed record ResolvedQuestion(string Standalone, bool IsFollowUp)
{
    /// <summary>
    /// What is newly asked, to choose sentences by: the standalone question, except that the earlier question appended
    /// as context helps retrieval find the place but would pull the choice back to the sentence already given.
    /// </summary>
    public string Focus { get; init; } = Standalone;

    /// <summary>
    /// "it", "that", "this" stand for the previous question's topic (unlike "he" or "she", which name a person while
    /// the question brings its own topic): the topic's words belong to what is asked.
    /// </summary>
    public bool RefersToTopic { get; init; }
}
