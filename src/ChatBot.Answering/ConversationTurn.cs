namespace ChatBot.Answering;

/// <summary>What a follow-up question may lean on: the earlier question, as asked and as resolved, and what it cited.</summary>
public sealed record ConversationTurn(
    string Question,
    string StandaloneQuestion,
    bool Answered,
    IReadOnlyList<Citation> Citations);
