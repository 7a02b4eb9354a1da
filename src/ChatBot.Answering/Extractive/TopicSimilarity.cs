using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// How close each candidate sentence is in meaning to what the question is about once the names are set aside.
/// Names are shared by many sentences of an article ("Lavrov"), so the whole question's embedding barely tells
/// them apart; its topic words ("weapons") do. The topic is embedded as a query, exactly as questions are, and
/// compared with the candidates' indexed sentence vectors.
/// </summary>
internal sealed class TopicSimilarity(ISentenceSimilarity similarity)
{
    /// <summary>The question's content words that are not names, or null when nothing is left.</summary>
    public static string? TopicOf(string question)
    {
        var tokens = TextTerms.Tokenize(question);
        var words = tokens.Where((t, i) => !TextTerms.IsStopWord(t.Lower) && !(t.IsCapitalized && i > 0) && !t.IsNumber)
            .Select(t => t.Lower)
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>Embeds the question, its topic and any other query about to be searched in one model call.</summary>
    public Task PrepareAsync(IEnumerable<string?> queries, CancellationToken cancellationToken) =>
        similarity.PrepareAsync(queries.OfType<string>().Distinct(StringComparer.Ordinal).ToList(), cancellationToken);

    /// <returns>Cosine similarity of topic and sentence per candidate, in the order given (the lowest found where the index no longer holds the sentence).</returns>
    public async Task<double[]> ScoreAsync(string topic, IReadOnlyList<SentenceCandidate> candidates, CancellationToken cancellationToken)
    {
        var scores = await similarity.ScoreAsync(topic, candidates.Select(c => new SentenceReference(c.Article.Id, c.Sentence.Span)).ToList(), cancellationToken);
        var floor = scores.Where(s => s.HasValue).Select(s => s!.Value).DefaultIfEmpty(0).Min();
        return scores.Select(s => s ?? floor).ToArray();
    }
}
