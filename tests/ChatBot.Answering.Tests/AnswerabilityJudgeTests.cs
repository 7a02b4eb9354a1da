using ChatBot.Answering.Extractive;
using ChatBot.Answering.Tests.Fakes;
using ChatBot.Knowledge;

namespace ChatBot.Answering.Tests;

/// <summary>
/// The paraphrase model is the costliest step of a new question; it is asked only where its answer can change the
/// decision, and the decision is then the full model's.
/// </summary>
public sealed class AnswerabilityJudgeTests
{
    private const double Threshold = 0.30;

    private static readonly double[] s_strengths = [0.0, 0.3, 0.6, 1.0];

    private static readonly double[] s_similarities = [0.0, 0.4, 0.8, 1.0];

    private static readonly Article s_article = TestArticles.FromText("bridge", "The Harbour Bridge", "The bridge was designed by John Bradfield.");

    private static readonly SentenceCandidate[] s_ranked =
    [
        new(
            new RetrievedPassage(s_article, s_article.Paragraphs[0], 1, [new ScoredSentence(s_article.Paragraphs[0].Sentences[0], 1, 1, 1)]),
            new ScoredSentence(s_article.Paragraphs[0].Sentences[0], 1, 1, 1),
            1,
            1,
            1),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Probability_RisesWithParaphraseSimilarity_SoTheShortcutDecidesAsTheFullModel(int articles)
    {
        foreach (var strength in s_strengths)
        {
            var features = Features(strength, articles);
            var probabilities = s_similarities.Select(s => AnswerabilityModel.Probability(AnswerabilityFeatures.WithParaphrase(features, s, articles), articles)).ToList();
            Assert.Equal(probabilities.Order(), probabilities);
        }
    }

    [Fact]
    public async Task JudgeAsync_ClearAnswerOrClearDecline_DoesNotAskTheParaphraseModel()
    {
        var paraphrases = new CountingParaphrases(0.9);
        var judge = new AnswerabilityJudge(paraphrases);
        var clearAnswer = Features(1.0, 1);
        var clearDecline = Features(0.0, 1);
        Assert.True(AnswerabilityModel.Probability(clearAnswer, 1) >= Threshold);
        Assert.True(AnswerabilityModel.Probability(AnswerabilityFeatures.WithParaphrase(clearDecline, 1, 1), 1) < Threshold);

        var answered = await judge.JudgeAsync("Who designed the bridge?", s_ranked, [0], _ => clearAnswer, 1, Threshold, exact: false, CancellationToken.None);
        var declined = await judge.JudgeAsync("Who designed the bridge?", s_ranked, [0], _ => clearDecline, 1, Threshold, exact: false, CancellationToken.None);

        Assert.Equal(0, paraphrases.Sentences);
        Assert.True(answered[0].Probability >= Threshold);
        Assert.True(declined[0].Probability < Threshold);
    }

    [Fact]
    public async Task JudgeAsync_DecisionThatTheSimilarityCanTurn_AsksAndDecidesWithIt()
    {
        var paraphrases = new CountingParaphrases(0.9);
        var judge = new AnswerabilityJudge(paraphrases);
        var borderline = Enumerable.Range(0, 101).Select(i => Features(i / 100.0, 1)).First(f =>
            AnswerabilityModel.Probability(f, 1) < Threshold && AnswerabilityModel.Probability(AnswerabilityFeatures.WithParaphrase(f, 1, 1), 1) >= Threshold);

        var judged = await judge.JudgeAsync("Who designed the bridge?", s_ranked, [0], _ => borderline, 1, Threshold, exact: false, CancellationToken.None);

        Assert.Equal(1, paraphrases.Sentences);
        Assert.Equal(AnswerabilityModel.Probability(AnswerabilityFeatures.WithParaphrase(borderline, 0.9, 1), 1), judged[0].Probability, 9);
    }

    [Fact]
    public async Task JudgeAsync_Exact_AsksEvenForAClearDecision()
    {
        var paraphrases = new CountingParaphrases(0.9);

        var judged = await new AnswerabilityJudge(paraphrases).JudgeAsync("Who designed the bridge?", s_ranked, [0], _ => Features(1.0, 1), 1, Threshold, exact: true, CancellationToken.None);

        Assert.Equal(1, paraphrases.Sentences);
        Assert.Equal(0.9, judged[0].Features[AnsweringFeatures.Answerability.ToList().IndexOf("paraphrase")], 9);
    }

    /// <summary>A feature vector between a question the sentence fully covers (1) and one whose words and names no article uses (0).</summary>
    private static double[] Features(double strength, int articles)
    {
        var names = AnsweringFeatures.Answerability.ToList();
        var features = new double[names.Count];
        void Set(string name, double value) => features[names.IndexOf(name)] = value;
        var one = 1.0 / articles;
        Set("evidence", strength);
        Set("semantic", 0.4 + (0.4 * strength));
        Set("passage", strength);
        Set("sentence_coverage", strength);
        Set("scope_coverage", strength);
        Set("paragraph_coverage", strength);
        Set("content_words", 0.5);
        Set("unknown_words", 1 - strength);
        Set("unknown_rarity", 1 - strength);
        Set("names_unknown", 1 - strength);
        Set("names_outside_article", 1 - strength);
        Set("log_articles", Math.Log(articles));
        Set("per_article", one);
        Set("per_article_x_evidence", one * strength);
        Set("per_article_x_semantic", one * (0.4 + (0.4 * strength)));
        Set("per_article_x_passage", one * strength);
        Set("per_article_x_sentence_coverage", one * strength);
        Set("per_article_x_unknown_words", one * (1 - strength));
        Set("bias", 1);
        return features;
    }

    private sealed class CountingParaphrases(double similarity) : IParaphraseSimilarity
    {
        public int Sentences { get; private set; }

        public Task<IReadOnlyList<double>> ScoreAsync(string question, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
        {
            Sentences += sentences.Count;
            return Task.FromResult<IReadOnlyList<double>>(sentences.Select(_ => similarity).ToList());
        }
    }
}
