namespace ChatBot.Knowledge;

/// <summary>
/// How close in meaning a question is to given sentences, judged by a second local model, all-MiniLM-L6-v2, trained
/// on paraphrase pairs. The index's retrieval model (arctic-embed) rates most sentences of a story alike (about 0.5 to
/// 0.75 for an answer and for an unrelated question's best match); this one spreads them, so "Did the US put an offer on
/// the table?" scores its "substantial proposal that we put forth" sentence well above what an off-topic question
/// finds. Only the few sentences about to be quoted are embedded, never the archive.
/// </summary>
public interface IParaphraseSimilarity
{
    /// <returns>Per sentence, in the order given, the cosine similarity of its embedding with the question's.</returns>
    Task<IReadOnlyList<double>> ScoreAsync(string question, IReadOnlyList<string> sentences, CancellationToken cancellationToken);
}
