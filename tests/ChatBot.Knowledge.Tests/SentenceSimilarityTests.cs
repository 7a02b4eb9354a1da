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

    [Fact]
    public async Task ScoreAsync_SpanOfConsecutiveSentences_IsTheClosestOfThem()
    {
        await using var knowledge = await KnowledgeServiceFixture.StartAsync(
            content => File.Copy(RepositoryPaths.SeedArticle, Path.Combine(content, "article-2022-07-30.txt")));
        var sentences = knowledge.KnowledgeBase.Articles[0].Paragraphs[0].Sentences;
        var (first, second) = (sentences[0], sentences[1]);
        SentenceReference Of(TextSpan span) => new("article-2022-07-30", span);

        var scores = await knowledge.Similarity.ScoreAsync(
            "grain shipments",
            [Of(first), Of(second), Of(new TextSpan(first.Start, second.End)), Of(new TextSpan(first.Start, second.End - 1))],
            CancellationToken.None);

        Assert.Equal(Math.Max(scores[0]!.Value, scores[1]!.Value), scores[2]!.Value, 6);
        Assert.Null(scores[3]);
    }
}
