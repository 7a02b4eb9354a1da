namespace ChatBot.Answering.Llm;

/// <summary>The model's answer after citation checking: only supported sentences, markers renumbered to <see cref="Citations"/>.</summary>
internal sealed record CheckedAnswer(
    string Markdown,
    IReadOnlyList<Citation> Citations,
    int KeptSentences,
    int DroppedSentences,
    int DroppedMarkers);
