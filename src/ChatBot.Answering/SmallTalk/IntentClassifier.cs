using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Answering.SmallTalk;

/// <summary>
/// Tells small talk ("hi", "thanks a lot", "what can you do?") from questions by the labelled messages in intents.tsv:
/// a message takes the intent of the examples it is most like (cosine similarity of TF-IDF-weighted words, word pairs
/// and letter trigrams), fitted when first used (counting takes milliseconds, so the data file is the model). It
/// replaces a list of patterns: new phrasings of a greeting share words and letters with the examples, and a message
/// unlike every small-talk example stays a question.
/// </summary>
internal sealed partial class IntentClassifier
{
    /// <summary>Small talk is short; a longer message is a question however friendly its words.</summary>
    public const int MaxSmallTalkWords = 10;

    private readonly List<(MessageIntent Intent, Dictionary<string, double> Vector)> _examples = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _smallTalkWords = new(StringComparer.Ordinal);

    public IntentClassifier(IReadOnlyList<LabelledMessage> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var labelled = examples.Select(e => (e.Intent, Features: Features(e.Text).ToList())).ToList();
        foreach (var feature in labelled.SelectMany(e => e.Features.Distinct()))
        {
            _idf[feature] = _idf.GetValueOrDefault(feature) + 1;
        }

        foreach (var feature in _idf.Keys.ToList())
        {
            _idf[feature] = Math.Log((1.0 + labelled.Count) / (1.0 + _idf[feature])) + 1;
        }

        _examples.AddRange(labelled.Select(e => (e.Intent, Vectorize(e.Features))));
        _smallTalkWords.UnionWith(examples.Where(e => e.Intent != MessageIntent.Question).SelectMany(e => Words(e.Text)));
    }

    /// <summary>The model fitted on every example of intents.tsv (embedded in this assembly).</summary>
    public static IntentClassifier Default { get; } = new(LoadExamples());

    /// <summary>True when some small-talk example uses the word ("thanks", "great"), false for words only questions use.</summary>
    public bool IsSmallTalkWord(string word) => _smallTalkWords.Contains(word.ToLower(CultureInfo.InvariantCulture));

    /// <summary>The intent of the examples most like the message, and how alike (cosine, 0 to 1; the mean of the two nearest).</summary>
    public (MessageIntent Intent, double Similarity) Classify(string message)
    {
        if (Words(message).Count > MaxSmallTalkWords)
        {
            return (MessageIntent.Question, 1);
        }

        var vector = Vectorize(Features(message).ToList());
        return _examples
            .Select(e => (e.Intent, Similarity: Cosine(vector, e.Vector)))
            .GroupBy(e => e.Intent)
            .Select(g => (Intent: g.Key, Similarity: g.Select(e => e.Similarity).OrderDescending().Take(2).Average()))
            .MaxBy(g => g.Similarity);
    }

    public static IReadOnlyList<LabelledMessage> LoadExamples()
    {
        var examples = new List<LabelledMessage>();
        foreach (var line in Text.EmbeddedLines.Read("ChatBot.Answering.SmallTalk.intents.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            examples.Add(new LabelledMessage(ParseIntent(line[..tab]), line[(tab + 1)..]));
        }

        return examples;
    }

    /// <summary>TF-IDF weights, unit length; features no example has carry no evidence and are left out.</summary>
    private Dictionary<string, double> Vectorize(List<string> features)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (_idf.TryGetValue(feature, out var idf))
            {
                vector[feature] = vector.GetValueOrDefault(feature) + idf;
            }
        }

        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var feature in vector.Keys.ToList())
        {
            vector[feature] /= norm;
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(p => large.TryGetValue(p.Key, out var v) ? p.Value * v : 0);
    }

    private static MessageIntent ParseIntent(string label) => label switch
    {
        "ack" => MessageIntent.Acknowledgement,
        _ => Enum.Parse<MessageIntent>(label, ignoreCase: true),
    };

    /// <summary>Words, the first word, word pairs and each word's letter trigrams (with word edges).</summary>
    private static IEnumerable<string> Features(string message)
    {
        var words = Words(message);
        for (var i = 0; i < words.Count; i++)
        {
            yield return "w:" + words[i];
            if (i == 0)
            {
                yield return "f:" + words[i];
            }

            if (i > 0)
            {
                yield return "b:" + words[i - 1] + "_" + words[i];
            }

            var padded = " " + words[i] + " ";
            for (var j = 0; j + 3 <= padded.Length; j++)
            {
                yield return string.Concat("c:", padded.AsSpan(j, 3));
            }
        }

        if (message.TrimEnd().EndsWith('?'))
        {
            yield return "p:?";
        }
    }

    private static List<string> Words(string message) =>
        WordPattern().Matches(message.ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'')).Select(m => m.Value).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordPattern();
}
