namespace ChatBot.Answering.Llm;

/// <summary>A sentence the model wrote, with its [n] markers taken out.</summary>
/// <param name="Block">Index of the paragraph (blank-line separated block) the sentence belongs to.</param>
internal sealed record DraftSentence(string Text, IReadOnlyList<int> Markers, int Block);
