namespace ChatBot.Answering.Tests.Llm;

/// <summary>Stands in for the extractive answerer (the LLM's fallback): a recognisable answer, calls counted.</summary>
internal sealed class FakeExtractiveAnswerer(Answer answer) : IQuestionAnswerer
{
    public const string Marker = "(extractive)";

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public static FakeExtractiveAnswerer Answering() => new(new Answer(
        true,
        $"{Marker} Blinken pressed the Kremlin to accept the proposal [1].",
        [new Citation(1, "article-2022-07-30", "Blinken and Lavrov speak", 1, "quote", 0, 5, 0.9)],
        "question",
        ["What did Lavrov say about weapons?"]));

    public static FakeExtractiveAnswerer Abstaining() => new(new Answer(
        false,
        $"{Marker} The article doesn't say. It covers the call between Blinken and Lavrov.",
        [],
        "question",
        ["What did Blinken press the Kremlin to accept?"]));

    public Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(answer with { StandaloneQuestion = question.Text });
    }

    public Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. answer.FollowUps.Take(count)]);
}
