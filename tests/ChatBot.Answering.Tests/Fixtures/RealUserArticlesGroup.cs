namespace ChatBot.Answering.Tests.Fixtures;

[CollectionDefinition(Name)]
public sealed class RealUserArticlesGroup : ICollectionFixture<RealUserArticlesHost>
{
    public const string Name = "Real-user articles";
}
