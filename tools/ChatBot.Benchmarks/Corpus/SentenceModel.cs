using System.Text.RegularExpressions;

namespace ChatBot.Benchmarks;

/// <summary>
/// A word-level Markov chain (two words of context) fitted on the sentences of real articles, and the distributions of
/// their lengths: what <see cref="CorpusGenerator"/> draws new sentences, paragraphs and articles from. Generated
/// sentences read as news-like word sequences with the source's vocabulary and lengths (so an embedding model spends on
/// them what it spends on news), and each is distinct.
/// </summary>
internal sealed partial class SentenceModel
{
    private const string Start = "\u0002";
    private const string End = "\u0003";

    private readonly Dictionary<(string, string), List<string>> _next = [];
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);

    private SentenceModel()
    {
    }

    /// <summary>Words per sentence in the sources (one entry per sentence: a draw from it is a draw from the distribution).</summary>
    public List<int> SentenceWords { get; } = [];

    /// <summary>Sentences per paragraph in the sources.</summary>
    public List<int> ParagraphSentences { get; } = [];

    /// <summary>Paragraphs per article in the sources.</summary>
    public List<int> ArticleParagraphs { get; } = [];

    public int SourceSentences => _sources.Count;

    /// <param name="articles">Each article as its paragraphs (title left out).</param>
    public static SentenceModel Fit(IEnumerable<IReadOnlyList<string>> articles)
    {
        var model = new SentenceModel();
        foreach (var paragraphs in articles)
        {
            model.ArticleParagraphs.Add(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                var sentences = SentenceBreak().Split(paragraph).Where(s => s.Length > 0).ToList();
                model.ParagraphSentences.Add(sentences.Count);
                foreach (var sentence in sentences)
                {
                    model.Add(sentence);
                }
            }
        }

        return model;
    }

    /// <summary>A new sentence of about <paramref name="words"/> words that is not one of the sources'.</summary>
    public string Generate(Random random, int words)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (a, b) = (Start, Start);
            var output = new List<string>(words + 8);
            while (true)
            {
                var choices = _next[(a, b)];
                var word = choices[random.Next(choices.Count)];

                // Steer towards the drawn length: end when long enough and an end is possible, avoid ending too early.
                if (output.Count >= words && choices.Contains(End))
                {
                    break;
                }

                if (word == End)
                {
                    if (output.Count >= words / 2 || choices.TrueForAll(c => c == End))
                    {
                        break;
                    }

                    continue;
                }

                output.Add(word);
                (a, b) = (b, word);
                if (output.Count > words * 2)
                {
                    break;
                }
            }

            var sentence = string.Join(' ', output);
            if (!char.IsPunctuation(sentence[^1]))
            {
                sentence += ".";
            }

            if (!_sources.Contains(sentence) || attempt > 20)
            {
                return char.ToUpperInvariant(sentence[0]) + sentence[1..];
            }
        }
    }

    private void Add(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return;
        }

        _sources.Add(string.Join(' ', words));
        SentenceWords.Add(words.Length);
        var (a, b) = (Start, Start);
        foreach (var word in words.Append(End))
        {
            if (!_next.TryGetValue((a, b), out var list))
            {
                _next[(a, b)] = list = [];
            }

            list.Add(word);
            (a, b) = (b, word);
        }
    }

    [GeneratedRegex(@"(?<=[.!?][""”']?)\s+(?=[A-Z""“])")]
    private static partial Regex SentenceBreak();
}
