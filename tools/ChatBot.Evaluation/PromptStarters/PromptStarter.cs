namespace ChatBot.Evaluation.PromptStarters;

/// <summary>One Teams prompt starter: the question sent when the user picks it, and the line shown under it.</summary>
internal sealed record PromptStarter(string Title, string Description);
