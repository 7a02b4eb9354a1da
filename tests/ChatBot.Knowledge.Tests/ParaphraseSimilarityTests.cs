using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ChatBot.Knowledge.Tests;

/// <summary>The paraphrase model tells a rephrased answer from the nearest sentence an unrelated question finds.</summary>
public sealed class ParaphraseSimilarityTests : IDisposable
{
    private const string Proposal = "I pressed the Kremlin to accept the substantial proposal that we put forth on the release of Paul Whelan and Brittney Griner.";
    private const string Support = "During the telephonic conversation, Blinken emphasized that Washington will continue to support Ukraine to defend itself and impose sanctions on Russia until it ends the military offensive.";
    private const string Weapons = "Russian FM Sergey Lavrov told Blinken that supplying military equipment to Ukraine will prolong the conflict and increase the number of victims.";

    private readonly MiniLmModel _model = new(NullLogger<MiniLmModel>.Instance);
    private readonly ParaphraseSimilarity _similarity;

    public ParaphraseSimilarityTests() => _similarity = new(_model);

    [Theory]
    [InlineData("Did the US put an offer on the table for the jailed Americans?", Proposal)]
    [InlineData("How long will America keep backing Kyiv?", Support)]
    [InlineData("What did Lavrov say about weapons?", Weapons)]
    public async Task ScoreAsync_RephrasedQuestion_ScoresItsAnswerAboveTheOtherSentences(string question, string answer)
    {
        var sentences = new[] { Proposal, Support, Weapons };

        var scores = await _similarity.ScoreAsync(question, sentences, CancellationToken.None);

        var best = sentences[Array.IndexOf(scores.ToArray(), scores.Max())];
        Assert.Equal(answer, best);
    }

    [Fact]
    public async Task ScoreAsync_OffTopicQuestion_ScoresLowerThanARephrasedOne()
    {
        var offTopic = await _similarity.ScoreAsync("Who is the current prime minister of Japan?", [Proposal, Support, Weapons], CancellationToken.None);
        var rephrased = await _similarity.ScoreAsync("Did the US put an offer on the table for the jailed Americans?", [Proposal], CancellationToken.None);

        Assert.True(offTopic.Max() < rephrased[0], $"off-topic {offTopic.Max():F3}, rephrased {rephrased[0]:F3}");
    }

    [Fact]
    public async Task ScoreAsync_SameSentenceTwice_ScoresItTheSame()
    {
        var scores = await _similarity.ScoreAsync("What did Lavrov say about weapons?", [Weapons, Weapons], CancellationToken.None);

        Assert.Equal(2, scores.Count);
        Assert.Equal(scores[0], scores[1], 6);
    }

    public void Dispose() => _model.Dispose();
}
