using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests.Fakes;

public sealed class FakeKnowledgeBase(params Article[] articles) : IKnowledgeBase
{
    public bool IsReady => true;

    public IReadOnlyList<Article> Articles => articles;

    public Article? FindArticle(string id) => articles.FirstOrDefault(a => a.Id == id);

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
