using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ChatBot.Knowledge.Tests;

/// <summary>The word model finds the article's word for a question's other word, and not an unrelated one.</summary>
public sealed class WordSimilarityTests : IDisposable
{
    /// <summary>The answerer's default: a paragraph's word at least this close counts as saying the question's word.</summary>
    private const float CloseWords = 0.6f;

    private static readonly string[] s_articleWords = ["began", "released", "automobiles", "spectators", "conversation", "goals", "February", "sanctions"];

    private readonly MiniLmModel _model = new(NullLogger<MiniLmModel>.Instance);
    private readonly WordSimilarity _similarity;

    public WordSimilarityTests() => _similarity = new(_model);

    [Theory]
    [InlineData("start", "began")]
    [InlineData("cars", "automobiles")]
    [InlineData("crowd", "spectators")]
    [InlineData("talk", "conversation")]
    public async Task CompareAsync_QuestionWord_ClosestToTheArticlesWordForIt(string asked, string meant)
    {
        var scores = (await _similarity.CompareAsync([asked], s_articleWords, CancellationToken.None))[0];

        Assert.Equal(meant, s_articleWords[Array.IndexOf(scores, scores.Max())]);
        Assert.True(scores.Max() >= CloseWords, $"{asked} ~ {meant}: {scores.Max():F2}");
    }

    [Theory]
    [InlineData("weather")]
    [InlineData("prize")]
    [InlineData("market")]
    public async Task CompareAsync_UnrelatedWord_NoArticleWordCountsAsSayingIt(string asked)
    {
        var scores = (await _similarity.CompareAsync([asked], s_articleWords, CancellationToken.None))[0];

        Assert.True(scores.Max() < CloseWords, $"{asked}: {scores.Max():F2} to {s_articleWords[Array.IndexOf(scores, scores.Max())]}");
    }

    [Fact]
    public async Task CompareAsync_WordsInAnotherOrderAndBatch_ScoreAlike()
    {
        using var otherModel = new MiniLmModel(NullLogger<MiniLmModel>.Instance);
        var other = new WordSimilarity(otherModel);
        var reversed = s_articleWords.Reverse().ToArray();

        var scores = (await _similarity.CompareAsync(["freed", "start"], s_articleWords, CancellationToken.None))[0];
        var again = (await other.CompareAsync(["freed"], reversed, CancellationToken.None))[0].Reverse().ToArray();

        Assert.Equal(scores, again, (a, b) => Math.Abs(a - b) < 1e-4);
    }

    public void Dispose() => _model.Dispose();
}
