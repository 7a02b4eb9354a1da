using ChatBot.Answering;
using ChatBot.Knowledge;
using ChatBot.Telemetry;

namespace ChatBot.Hosting;

/// <summary>
/// Wraps the answerer so each question is marked in flight (<see cref="IKnowledgeBase.AnsweringQuestion"/>): while a
/// large archive is still being embedded, the background leaves the question a core, so the first answers after a
/// start come as fast as the machine allows instead of sharing it with every embedding thread.
/// </summary>
internal sealed class QuestionFirstAnswerer(IQuestionAnswerer inner, IKnowledgeBase knowledgeBase) : IQuestionAnswerer, IAnswererDecorator
{
    public IQuestionAnswerer Inner => inner;

    public async Task<Answer> AnswerAsync(Question question, IAnswerDraftSink? drafts, CancellationToken cancellationToken)
    {
        using var answering = knowledgeBase.AnsweringQuestion();
        return await inner.AnswerAsync(question, drafts, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> SuggestStarterQuestionsAsync(int count, CancellationToken cancellationToken)
    {
        using var answering = knowledgeBase.AnsweringQuestion();
        return await inner.SuggestStarterQuestionsAsync(count, cancellationToken);
    }
}
