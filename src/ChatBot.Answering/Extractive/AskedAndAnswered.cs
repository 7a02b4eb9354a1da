using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// A news story asks its own questions and answers them in the next sentence ("The reason? Siri ships everything you
/// say…", "How long does Apple store all of this stuff? Well, the company doesn't actually say."). The asking sentence
/// repeats the reader's words but states nothing, so it is quoted with the sentences up to the one that answers it;
/// where nothing in its paragraph answers it, it stays a sentence of its own, which may still name what is asked about.
/// Questions inside quotation marks are reported speech and stay sentences of their own.
/// </summary>
internal static class AskedAndAnswered
{
    /// <summary>
    /// The passage's sentences as candidates, in text order: an asking sentence joined to its answer, in place of both,
    /// scored as the better of the two (the asking sentence matches the question's words, the answer holds what is
    /// asked).
    /// </summary>
    public static IReadOnlyList<ScoredSentence> Units(Article article, IReadOnlyList<ScoredSentence> sentences)
    {
        if (!sentences.Any(s => Asks(article, s.Span)))
        {
            return sentences;
        }

        var ordered = sentences.OrderBy(s => s.Span.Start).ToList();
        var units = new List<ScoredSentence>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!Asks(article, ordered[i].Span))
            {
                units.Add(ordered[i]);
                continue;
            }

            var answer = ordered.FindIndex(i + 1, s => !Asks(article, s.Span));
            if (answer < 0)
            {
                // Nothing answers it here; it may still name what is asked about ("Was the series finale of Breaking Bad…?").
                units.AddRange(ordered.Skip(i));
                break;
            }

            var joined = ordered.GetRange(i, answer - i + 1);
            units.Add(new ScoredSentence(
                new TextSpan(joined[0].Span.Start, joined[^1].Span.End),
                joined.Max(s => s.Score),
                joined.Max(s => s.Lexical),
                joined.Max(s => s.Semantic)));
            i = answer;
        }

        return units;
    }

    /// <summary>The sentence is the narrator's question: it ends with its question mark, outside any quotation.</summary>
    public static bool Asks(Article article, TextSpan sentence) => article.Slice(sentence).TrimEnd().EndsWith('?');
}
