using ChatBot.Answering.SmallTalk;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests.SmallTalk;

/// <summary>The small-talk classifier measured as it is fitted: on four fifths of intents.tsv, scored on the rest.</summary>
public sealed class IntentClassifierTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledMessage> s_examples = IntentClassifier.LoadExamples();

    [Fact]
    public void Classify_HeldOutFifth_SmallTalkToldFromQuestions()
    {
        var (train, test) = Split();
        var classifier = new IntentClassifier(train);

        foreach (var threshold in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            var talk = test.Where(e => e.Intent != MessageIntent.Question).ToList();
            var questions = test.Where(e => e.Intent == MessageIntent.Question).ToList();
            var recall = talk.Count(e => IsSmallTalk(classifier, e.Text, threshold)) / (double)talk.Count;
            var falseAlarms = questions.Count(e => IsSmallTalk(classifier, e.Text, threshold));
            output.WriteLine($"similarity >= {threshold}: small talk recognised {recall:P0} of {talk.Count}, questions taken for small talk {falseAlarms}/{questions.Count}");
        }

        var wrong = test.Where(e => IsSmallTalk(classifier, e.Text) != (e.Intent != MessageIntent.Question)).ToList();

        wrong.ForEach(e => output.WriteLine($"WRONG [{e.Intent}] {e.Text} -> {classifier.Classify(e.Text)}"));
        var accuracy = 1 - (wrong.Count / (double)test.Count);
        output.WriteLine($"held out: {test.Count - wrong.Count}/{test.Count} right ({accuracy:P1}) at similarity {SmallTalkDetector.MinSimilarity}");
        Assert.True(accuracy >= 0.78, $"{accuracy:P1}");
    }

    [Fact]
    public void Recognise_SquadQuestions_AlmostNeverSmallTalk()
    {
        var detector = new SmallTalkDetector();

        var flagged = EnglishQuestions.Squad.Where(q => detector.Recognise(q, EnglishQuestions.SquadVocabulary) is not null).ToList();

        flagged.ForEach(q => output.WriteLine("SMALL TALK " + q + " -> " + IntentClassifier.Default.Classify(q)));
        output.WriteLine($"{flagged.Count}/{EnglishQuestions.Squad.Count} SQuAD questions taken for small talk");
        Assert.True(flagged.Count <= 0.002 * EnglishQuestions.Squad.Count, $"{flagged.Count} flagged");
    }

    /// <summary>Every fifth example of each intent is held out.</summary>
    private static (List<LabelledMessage> Train, List<LabelledMessage> Test) Split()
    {
        var indexed = s_examples.GroupBy(e => e.Intent).SelectMany(g => g.Select((e, i) => (e, Test: i % 5 == 4))).ToList();
        return (indexed.Where(x => !x.Test).Select(x => x.e).ToList(), indexed.Where(x => x.Test).Select(x => x.e).ToList());
    }

    private static bool IsSmallTalk(IntentClassifier classifier, string message, double threshold = SmallTalkDetector.MinSimilarity)
    {
        var (intent, similarity) = classifier.Classify(message);
        return intent != MessageIntent.Question && similarity >= threshold;
    }
}
