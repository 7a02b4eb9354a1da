namespace ChatBot.Knowledge;

/// <summary>Hybrid (lexical + embedding) retrieval of the passages that best match a question.</summary>
public interface IPassageRetriever
{
    Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalQuery query, CancellationToken cancellationToken);
}
