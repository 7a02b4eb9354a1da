namespace ChatBot.Benchmarks;

/// <summary>One kind of request the load driver sends, and how to tell a good reply.</summary>
internal interface ILoadScenario
{
    string Name { get; }

    /// <summary>The request that asks <paramref name="question"/> in conversation <paramref name="conversationId"/>.</summary>
    HttpRequestMessage CreateRequest(string conversationId, string question);

    /// <summary>Whether the reply is a well-formed answer (cited or an honest "not in the article").</summary>
    Task<bool> IsAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken);
}
