namespace ChatBot.Knowledge.Tests;

public sealed class SentenceSimilarityTests
{
    [Fact]
    public async Task ScoreAsync_IndexedSentences_MatchWhatRetrievalReportsForThem()
    {
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(
            content => File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt")));
        var passages = await knowledge.Retriever.RetrieveAsync(new RetrievalQuery("weapons", 7), CancellationToken.None);
        var sentences = passages.SelectMany(p => p.Sentences.Select(s => (Reference: new SentenceReference(p.Article.Id, s.Span), s.Semantic))).ToList();

        await knowledge.Similarity.PrepareAsync(["what did Lavrov say about weapons?", "weapons"], CancellationToken.None);
        var scores = await knowledge.Similarity.ScoreAsync("weapons", [.. sentences.Select(s => s.Reference)], CancellationToken.None);

        Assert.Equal(sentences.Count, scores.Count);
        Assert.All(sentences.Zip(scores), pair => Assert.Equal(pair.First.Semantic, pair.Second!.Value, 5));
        var best = sentences[scores.Select((s, i) => (s, i)).MaxBy(x => x.s)!.i].Reference;
        Assert.Contains("military equipment", knowledge.KnowledgeBase.FindArticle(best.ArticleId)!.Slice(best.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreAsync_SentenceTheIndexDoesNotHold_IsNull()
    {
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(
            content => File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt")));
        var first = knowledge.KnowledgeBase.Articles[0].Paragraphs[0].Sentences[0];

        var scores = await knowledge.Similarity.ScoreAsync(
            "weapons",
            [new SentenceReference("article-2022-07-30", first), new SentenceReference("removed-article", first), new SentenceReference("article-2022-07-30", new TextSpan(first.Start, first.End - 1))],
            CancellationToken.None);

        Assert.NotNull(scores[0]);
        Assert.Null(scores[1]);
        Assert.Null(scores[2]);
    }
}
