namespace ChatBot.Answering;

/// <param name="Answered">False when the articles do not cover the question (then <see cref="Citations"/> is empty).</param>
/// <param name="Markdown">The reply, with [n] markers that match <see cref="Citation.Id"/>; never inside list items.</param>
/// <param name="StandaloneQuestion">The question as understood after resolving follow-up references.</param>
/// <param name="FollowUps">Up to three questions the articles can answer next.</param>
public sealed record Answer(
    bool Answered,
    string Markdown,
    IReadOnlyList<Citation> Citations,
    string StandaloneQuestion,
    IReadOnlyList<string> FollowUps)
{
    /// <summary>
    /// What kind of reply this is. Defaults from <see cref="Answered"/> (answered or not covered), so code that builds
    /// an answer without it keeps its meaning; small talk and other-language replies set it.
    /// </summary>
    public AnswerKind Kind { get; init; } = Answered ? AnswerKind.Answered : AnswerKind.NotCovered;
}
