using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests;

/// <summary>A large archive is answered from before its sentences are all embedded, and a build cut short resumes.</summary>
public sealed class PartialIndexTests
{
    /// <summary>Publish as soon as the lexical index is built, whatever the size (the default waits above 1,000 sentences).</summary>
    private static readonly Dictionary<string, string?> s_answerWhileEmbedding = new() { ["Knowledge:AnswerWhileEmbeddingAbove"] = "0" };

    [Fact]
    public async Task RetrieveAsync_BeforeTheModelLoads_AnswersLexicallyThenHybridOnceEmbedded()
    {
        var model = new GatedEmbeddingModel(open: false);
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(WriteTwoArticles, services => Use(services, model), settings: s_answerWhileEmbedding);

        var during = knowledge.KnowledgeBase.Progress;
        var lexical = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("Which harbour did the ferry leave from?"), CancellationToken.None);
        model.Open();
        await knowledge.KnowledgeBase.WaitUntilCompleteAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        var hybrid = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("Which harbour did the ferry leave from?"), CancellationToken.None);

        Assert.False(during.IsComplete);
        Assert.Equal(0, during.SentencesEmbedded);
        Assert.Equal("ferry#1", lexical[0].Paragraph.Id);
        Assert.All(lexical.SelectMany(p => p.Sentences), s => Assert.Equal(0, s.Semantic));
        Assert.True(knowledge.KnowledgeBase.Progress.IsComplete);
        Assert.Equal("ferry#1", hybrid[0].Paragraph.Id);
        Assert.Contains(hybrid[0].Sentences, s => s.Semantic > 0);
    }

    [Fact]
    public async Task RetrieveAsync_ModelLoadedButArticleNotYetEmbedded_EmbedsTheQuestionsBestMatchesOnTheSpot()
    {
        // The background's first batch never finishes, as if the machine were busy: the question still gets vectors.
        var model = new GatedEmbeddingModel(open: true, stalls: batch => batch == 0);
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(WriteTwoArticles, services => Use(services, model), settings: s_answerWhileEmbedding);
        await model.Stalled.WaitAsync(TimeSpan.FromMinutes(2));

        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("Which harbour did the ferry leave from?"), CancellationToken.None);

        Assert.Equal("ferry#1", passages[0].Paragraph.Id);
        Assert.Contains(passages[0].Sentences, s => s.Semantic > 0);
        Assert.False(knowledge.KnowledgeBase.Progress.IsComplete);
    }

    [Fact]
    public async Task BackgroundEmbedding_HoldingAThreadPerCall_LeavesAPoolThreadPerCoreForRequests()
    {
        // Each background model call holds a pool thread for its whole batch. With the pool at its starting size (one
        // thread per core) a 2-core machine had none left, and /healthz and questions waited seconds for the pool to grow.
        var model = new GatedEmbeddingModel(open: true, stalls: batch => batch == 0);
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(WriteTwoArticles, services => Use(services, model), settings: s_answerWhileEmbedding);
        await model.Stalled.WaitAsync(TimeSpan.FromMinutes(2));

        ThreadPool.GetMinThreads(out var workers, out _);

        Assert.True(workers >= Environment.ProcessorCount + SnapshotEmbedder.BackgroundCalls, $"{workers} pool threads kept ready on {Environment.ProcessorCount} cores");
    }

    [Fact]
    public async Task Build_StoppedMidwayThenRestarted_EmbedsOnlyWhatWasMissingAndEndsComplete()
    {
        using var cache = new TemporaryFolder();
        var stopped = new GatedEmbeddingModel(open: true, stalls: batch => batch >= 1);
        await using (var first = await KnowledgeServiceFixture.StartAsync(WriteManySentences, services => Use(services, stopped), cache, s_answerWhileEmbedding))
        {
            Assert.True(await EventuallyAsync(() => first.KnowledgeBase.Progress.SentencesEmbedded > 0));
        }

        var resumed = new GatedEmbeddingModel();
        await using var second = await KnowledgeServiceFixture.StartAsync(WriteManySentences, services => Use(services, resumed), cache, s_answerWhileEmbedding);
        await second.KnowledgeBase.WaitUntilCompleteAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        var all = ManySentences().ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(stopped.Embedded);
        Assert.Empty(resumed.Embedded.Intersect(stopped.Embedded));
        Assert.Equal(all, stopped.Embedded.Concat(resumed.Embedded).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(all.Count, second.KnowledgeBase.Progress.SentencesEmbedded);
    }

    private static void Use(IServiceCollection services, GatedEmbeddingModel model)
    {
        services.AddSingleton<IEmbeddingModel>(model);
        services.AddSingleton<ITextEmbedder>(model);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        return condition();
    }

    private static void WriteTwoArticles(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "ferry.txt"),
            "Ferry crossing resumes\n\nThe ferry left the harbour of Dover at dawn. Passengers cheered as it sailed.\n\nThe crossing took ninety minutes in calm seas.\n");
        File.WriteAllText(Path.Combine(folder, "budget.txt"),
            "Budget vote delayed\n\nThe council postponed its budget vote until March. Members wanted more time.\n\nTaxes may rise by two percent next year.\n");
    }

    private static IEnumerable<string> ManySentences() =>
        Enumerable.Range(1, 700).Select(i => string.Create(CultureInfo.InvariantCulture, $"Report number {i} describes event {i * 7} in district {i % 13}."));

    /// <summary>700 distinct sentences in 7 articles: more than one chunk of background embedding.</summary>
    private static void WriteManySentences(string folder)
    {
        var sentences = ManySentences().ToList();
        for (var a = 0; a < 7; a++)
        {
            var paragraphs = sentences.Skip(a * 100).Take(100).Chunk(5).Select(c => string.Join(' ', c));
            File.WriteAllText(Path.Combine(folder, $"report-{a}.txt"), $"Reports part {a}\n\n" + string.Join("\n\n", paragraphs) + "\n");
        }
    }
}
