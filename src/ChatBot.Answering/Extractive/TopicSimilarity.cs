using ChatBot.Answering.Text;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// How close each candidate sentence is in meaning to what the question is about once the names are set aside.
/// Names are shared by many sentences of an article ("Lavrov"), so the whole question's embedding barely tells
/// them apart; its topic words ("weapons") do. The retriever is asked for the topic alone, so the topic is embedded
/// as a query exactly as questions are, and its sentence similarities are read off the passages it returns.
/// </summary>
internal sealed class TopicSimilarity(IPassageRetriever retriever)
{
    private const int Passages = 20;

    /// <summary>The question's content words that are not names, or null when nothing is left.</summary>
    public static string? TopicOf(string question)
    {
        var tokens = TextTerms.Tokenize(question);
        var words = tokens.Where((t, i) => !TextTerms.IsStopWord(t.Lower) && !(t.IsCapitalized && i > 0) && !t.IsNumber)
            .Select(t => t.Lower)
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <returns>Cosine similarity of topic and sentence per candidate, in the order given (the lowest seen where the retriever did not return the sentence).</returns>
    public async Task<double[]> ScoreAsync(string topic, IReadOnlyList<SentenceCandidate> candidates, CancellationToken cancellationToken)
    {
        var articleId = candidates.Select(c => c.Article.Id).Distinct().Count() == 1 ? candidates[0].Article.Id : null;
        var passages = await retriever.RetrieveAsync(new RetrievalQuery(topic, Passages, articleId), cancellationToken);
        var similarity = new Dictionary<(string, int), double>();
        foreach (var passage in passages)
        {
            foreach (var sentence in passage.Sentences)
            {
                similarity[(passage.Article.Id, sentence.Span.Start)] = sentence.Semantic;
            }
        }

        var floor = similarity.Count == 0 ? 0 : similarity.Values.Min();
        return candidates.Select(c => similarity.GetValueOrDefault((c.Article.Id, c.Sentence.Span.Start), floor)).ToArray();
    }
}
