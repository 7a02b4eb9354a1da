using System.Numerics.Tensors;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Llm;

/// <summary>
/// Scores whether a passage states a claim: content-word overlap and embedding similarity between the claim and
/// the passage's sentences (alone and in adjacent pairs). One instance per answer: it caches embeddings, so the
/// drafts and the final check of a streamed answer embed each text once.
/// </summary>
internal sealed class SupportScorer(ITextEmbedder embedder)
{
    /// <summary>Weight of content-word overlap against embedding similarity.</summary>
    public const double LexicalWeight = 0.5;

    private readonly Dictionary<string, float[]> _embeddings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _weights = new(StringComparer.Ordinal);

    public async Task<Support> ScoreAsync(string claim, RetrievedPassage passage, CancellationToken cancellationToken)
    {
        var article = passage.Article;
        IReadOnlyList<TextSpan> spans = passage.Paragraph.Sentences.Count > 0 ? passage.Paragraph.Sentences : [passage.Paragraph.Span];

        // Sentences that talk to the model ("ignore previous instructions…") never support anything.
        var sentences = spans.Where(s => !InjectionGuard.LooksLikeInstruction(article.Slice(s))).ToList();
        var claimWords = ContentWords.Of(claim);
        if (sentences.Count == 0 || claimWords.Count == 0)
        {
            return new Support(0, 0, 0, spans[0]);
        }

        var passageWords = ContentWords.Of(string.Join(' ', sentences.Select(article.Slice)));
        if (!ContentWords.Numbers(claimWords).IsSubsetOf(passageWords))
        {
            return new Support(0, 0, 0, sentences[0]);
        }

        var windows = new List<(string Text, int First, int Count)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            windows.Add((article.Slice(sentences[i]), i, 1));
            if (i + 1 < sentences.Count)
            {
                windows.Add((article.Slice(sentences[i]) + " " + article.Slice(sentences[i + 1]), i, 2));
            }
        }

        await EmbedAsync([claim, .. windows.Select(w => w.Text)], cancellationToken);
        var claimVector = _embeddings[claim];
        var weights = Weights(article);
        var scored = windows.Select(w => Score(claimWords, claimVector, w.Text, weights)).ToList();

        var best = 0;
        for (var i = 1; i < scored.Count; i++)
        {
            if (scored[i].Score > scored[best].Score)
            {
                best = i;
            }
        }

        // The quote is one sentence: the window's own, or the better of the pair's two.
        var window = windows[best];
        var quote = window.First;
        if (window.Count == 2)
        {
            var first = scored[windows.FindIndex(w => w.First == window.First && w.Count == 1)].Score;
            var second = scored[windows.FindIndex(w => w.First == window.First + 1 && w.Count == 1)].Score;
            quote = second > first ? window.First + 1 : window.First;
        }

        return scored[best] with { Quote = sentences[quote] };
    }

    private Support Score(HashSet<string> claimWords, float[] claimVector, string window, Dictionary<string, double> weights)
    {
        var windowWords = ContentWords.Of(window);
        var unseen = weights.Count == 0 ? 1 : weights.Values.Max();
        var total = claimWords.Sum(w => weights.GetValueOrDefault(w, unseen));
        var lexical = claimWords.Where(windowWords.Contains).Sum(w => weights.GetValueOrDefault(w, unseen)) / total;
        var semantic = Math.Max(0, TensorPrimitives.CosineSimilarity(claimVector, _embeddings[window]));
        return new Support((LexicalWeight * lexical) + ((1 - LexicalWeight) * semantic), lexical, semantic, default);
    }

    /// <summary>
    /// How telling each word of the article is (inverse paragraph frequency): a claim that drops in a word the
    /// article never uses, or rarely does, loses more than one that repeats the article's names and topics.
    /// </summary>
    private Dictionary<string, double> Weights(Article article)
    {
        if (_weights.TryGetValue(article.Id, out var cached))
        {
            return cached;
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var word in ContentWords.Of(article.Slice(paragraph.Span)))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var count = article.Paragraphs.Count;
        var weights = frequency.ToDictionary(f => f.Key, f => Math.Log(1 + ((double)count / f.Value)), StringComparer.Ordinal);
        _weights[article.Id] = weights;
        return weights;
    }

    private async Task EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !_embeddings.ContainsKey(t)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var vectors = await embedder.EmbedBatchAsync(missing, cancellationToken);
        for (var i = 0; i < missing.Count; i++)
        {
            _embeddings[missing[i]] = vectors[i];
        }
    }
}
