namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>The 12 SQuAD sample articles indexed together (copied without the folder's README and question file).</summary>
public sealed class SquadHost : CopiedArticlesHost
{
    protected override IEnumerable<string> ArticleFiles() => Directory.GetFiles(RepositoryPaths.SquadSample, "*.txt");
}
