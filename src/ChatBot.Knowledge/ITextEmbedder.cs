namespace ChatBot.Knowledge;

/// <summary>Turns text into a unit-length embedding vector with the configured local model.</summary>
public interface ITextEmbedder
{
    string ModelName { get; }

    int Dimensions { get; }

    Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken);

    Task<IReadOnlyList<float[]>> EmbedBatchAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
