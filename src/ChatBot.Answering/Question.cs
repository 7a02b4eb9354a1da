namespace ChatBot.Answering;

/// <param name="Text">What the user typed, with any @mention already removed.</param>
/// <param name="History">Earlier turns of this conversation, oldest first (a few at most).</param>
public sealed record Question(string Text, IReadOnlyList<ConversationTurn> History);
