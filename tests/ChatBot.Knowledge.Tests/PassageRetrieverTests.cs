using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Knowledge.Tests;

public sealed class PassageRetrieverTests
{
    private const string MilitaryEquipmentSentence =
        "Russian FM Sergey Lavrov told Blinken that supplying military equipment to Ukraine will prolong the conflict and increase the number of victims.";

    [Fact]
    public async Task RetrieveAsync_ArmsDeliveries_RanksMilitaryEquipmentSentenceFirst()
    {
        await using var knowledge = await StartWithSeedArticleAsync();

        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("arms deliveries", 3), CancellationToken.None);

        var top = passages[0];
        Assert.Equal("article-2022-07-30#6", top.Paragraph.Id);
        Assert.Equal(MilitaryEquipmentSentence, top.Article.Slice(top.Sentences[0].Span));
        Assert.True(passages.Zip(passages.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score), "passages are not best first");
        Assert.All(passages, p => Assert.InRange(p.Score, 0, 1));
    }

    [Fact]
    public async Task RetrieveAsync_WhatDidLavrovSayAboutWeapons_RanksMilitaryEquipmentParagraphFirst()
    {
        await using var knowledge = await StartWithSeedArticleAsync();

        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("what did Lavrov say about weapons?", 3), CancellationToken.None);

        var top = passages[0];
        Assert.Equal("article-2022-07-30#6", top.Paragraph.Id);
        Assert.Contains(MilitaryEquipmentSentence, top.Sentences.Take(2).Select(s => top.Article.Slice(s.Span)));
    }

    [Fact]
    public async Task RetrieveAsync_ArticleFilter_ReturnsOnlyThatArticlesParagraphs()
    {
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(content =>
        {
            File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt"));
            File.Copy(Path.Combine(RepositoryPaths.SquadSample, "oxygen.txt"), Path.Combine(content, "oxygen.txt"));
        });

        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("What did Blinken press the Kremlin to accept?", 10, "oxygen"), CancellationToken.None);

        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal("oxygen", p.Article.Id));
    }

    [Fact]
    public async Task RetrieveAsync_TwoArticles_EachPassageTellsHowCloseTheQuestionIsToItsWholeArticle()
    {
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(content =>
        {
            File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt"));
            File.Copy(Path.Combine(RepositoryPaths.SquadSample, "oxygen.txt"), Path.Combine(content, "oxygen.txt"));
        });

        async Task<double> ClosenessAsync(string question, string article) =>
            (await knowledge.Retriever.RetrieveAsync(new RetrievalQuery(question, 3, article), CancellationToken.None)).Select(p => p.ArticleCloseness).Distinct().Single();

        // The same article, asked about and asked something else: only the article's own question sits near all of it.
        Assert.True(await ClosenessAsync("What did Lavrov tell Blinken about the war in Ukraine?", "article-2022-07-30")
            > await ClosenessAsync("Which element do plants release when they photosynthesize?", "article-2022-07-30"));
        Assert.True(await ClosenessAsync("Which element do plants release when they photosynthesize?", "oxygen")
            > await ClosenessAsync("What did Lavrov tell Blinken about the war in Ukraine?", "oxygen"));
    }

    [Fact]
    public async Task RetrieveAsync_ArchiveTooLargeToScanEverySentence_ArticleClosenessIsOfTheWholeArticle()
    {
        // Over 2,000 paragraphs only the few hundred closest get their sentences scanned. The closeness must still be
        // the mean over all of the article's paragraphs, as with the article alone in scope (and in the archives the
        // answer-or-decline model was fitted on), not the mean of its one close paragraph.
        var model = new GatedEmbeddingModel();
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(folder =>
        {
            for (var a = 0; a < 21; a++)
            {
                var paragraphs = Enumerable.Range(0, 100).Select(i => $"Zebra grazes on plain {(a * 100) + i}.");
                File.WriteAllText(Path.Combine(folder, $"plains-{a}.txt"), $"Plains {a}\n\n" + string.Join("\n\n", paragraphs) + "\n");
            }

            var shop = Enumerable.Range(0, 30).Select(i => $"Bakery opens early {i}.").Prepend("Quartz lantern zebra.");
            File.WriteAllText(Path.Combine(folder, "lantern-shop.txt"), "Lantern shop\n\n" + string.Join("\n\n", shop) + "\n");
        }, services =>
        {
            services.AddSingleton<IEmbeddingModel>(model);
            services.AddSingleton<ITextEmbedder>(model);
        });
        Assert.True(await knowledge.EventuallyAsync(kb => kb.Progress.IsComplete));

        async Task<double> ClosenessAsync(string? scope) =>
            (await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("zebra quartz lantern", 3, scope), CancellationToken.None))
                .First(p => p.Article.Id == "lantern-shop").ArticleCloseness;

        Assert.Equal(await ClosenessAsync("lantern-shop"), await ClosenessAsync(null), 6);
    }

    [Fact]
    public async Task RetrieveAsync_FileAddedThenRemoved_IsFoundThenForgottenWithoutRestart()
    {
        await using var knowledge = await StartWithSeedArticleAsync();
        var added = knowledge.Content.Combine("ctenophora.txt");

        File.Copy(Path.Combine(RepositoryPaths.SquadSample, "ctenophora.txt"), added);
        Assert.True(await knowledge.EventuallyAsync(kb => kb.FindArticle("ctenophora") is not null), "added article was not indexed");
        var afterAdd = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("What are ctenophores commonly known as?", 1), CancellationToken.None);

        File.Delete(added);
        Assert.True(await knowledge.EventuallyAsync(kb => kb.FindArticle("ctenophora") is null), "removed article is still indexed");
        var afterRemove = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("What are ctenophores commonly known as?", 1), CancellationToken.None);

        Assert.Equal("ctenophora", afterAdd[0].Article.Id);
        Assert.Equal("article-2022-07-30", afterRemove[0].Article.Id);
        Assert.Equal(["article-2022-07-30"], knowledge.KnowledgeBase.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task RetrieveAsync_FileChanged_AnswersFromTheNewTextWithoutRestart()
    {
        await using var knowledge = await StartWithSeedArticleAsync();
        var file = knowledge.Content.Combine("article-2022-07-30.txt");
        const string Added = "The ministers also agreed to meet again in Geneva to discuss the zoo's pandas.";

        await File.AppendAllTextAsync(file, "\n" + Added + "\n");
        Assert.True(
            await knowledge.EventuallyAsync(kb => kb.FindArticle("article-2022-07-30")?.Paragraphs.Count == 8),
            "changed article was not re-indexed");
        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("Where will they meet to talk about pandas?", 1), CancellationToken.None);

        Assert.Equal(Added, passages[0].Article.Slice(passages[0].Sentences[0].Span));
    }

    [Fact]
    public async Task RetrieveAsync_EmptyContentFolder_IsReadyAndFindsNothing()
    {
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(_ => { });

        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("anything at all?"), CancellationToken.None);

        Assert.True(knowledge.KnowledgeBase.IsReady);
        Assert.Empty(passages);
    }

    private static Task<KnowledgeServiceFixture> StartWithSeedArticleAsync() =>
        KnowledgeServiceFixture.StartAsync(content => File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt")));
}
