namespace ChatBot.Answering.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class SeedArticleGroup : ICollectionFixture<SeedArticleHost>
{
    public const string Name = "Seed article";
}
