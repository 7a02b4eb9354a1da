namespace ChatBot.Knowledge;

/// <summary>
/// How close in meaning single words are ("start" and "began" 0.80, "cars" and "automobiles" 0.87, "freed" and
/// "released" 0.58), by the paraphrase model's embeddings of each word alone, so a question in other words than the
/// article's can still be matched to the sentence that says it.
/// </summary>
public interface IWordSimilarity
{
    /// <returns>Per word of <paramref name="words"/>, per word of <paramref name="others"/> in order, their cosine similarity.</returns>
    Task<IReadOnlyList<float[]>> CompareAsync(IReadOnlyList<string> words, IReadOnlyList<string> others, CancellationToken cancellationToken);
}
