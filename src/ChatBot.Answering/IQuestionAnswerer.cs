namespace ChatBot.Answering;

/// <summary>Question in, cited answer out. The one entry point the bot and the HTTP API share.</summary>
public interface IQuestionAnswerer
{
    /// <param name="drafts">Receives the answer text as it is written (LLM streaming); may be null.</param>
    Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken);

    /// <summary>A few questions the loaded articles can answer, for welcomes and suggestions.</summary>
    Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken);
}
