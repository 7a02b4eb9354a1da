using ChatBot.Knowledge;

namespace ChatBot.Answering.Extractive;

/// <summary>
/// A news story asks its own questions and answers them in the next sentence ("The reason? Siri ships everything you
/// say…", "How long does Apple store all of this stuff? Well, the company doesn't actually say."). The asking sentence
/// repeats the reader's words but states nothing, so it is quoted with the sentences up to the one that answers it. A
/// paragraph of questions alone (the headline of another story) is not quoted at all.
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
            if (answer >= 0)
            {
                units.Add(Joined(ordered.GetRange(i, answer - i + 1)));
                i = answer;
            }
            else if (units.Count > 0)
            {
                // Nothing after it answers it, but it follows what it asks about and may name it ("…discussing what
                // just happened. Was the series finale of Breaking Bad satisfying?"); joined to that sentence, a run of
                // such questions matched almost any question.
                units.AddRange(ordered.Skip(i));
                break;
            }
            else
            {
                // A paragraph of questions alone, such as the headline of another story ("Who is Salman bin Abdulaziz?").
                break;
            }
        }

        return units;
    }

    /// <summary>Consecutive sentences as one, scored as the best of them.</summary>
    private static ScoredSentence Joined(List<ScoredSentence> sentences) => new(
        new TextSpan(sentences[0].Span.Start, sentences[^1].Span.End),
        sentences.Max(s => s.Score),
        sentences.Max(s => s.Lexical),
        sentences.Max(s => s.Semantic));

    /// <summary>The sentence is the narrator's question: it ends with its question mark, outside any quotation.</summary>
    public static bool Asks(Article article, TextSpan sentence)
    {
        // Read in place: every retrieved paragraph's sentences are looked at for every question.
        var text = article.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd();
        return text.Length > 0 && text[^1] == '?';
    }
}
