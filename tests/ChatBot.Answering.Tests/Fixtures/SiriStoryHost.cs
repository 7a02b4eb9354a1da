namespace ChatBot.Answering.Tests.Fixtures;

/// <summary>The CoQA fixture's IBM and Siri story alone: a story that asks its own questions and answers them.</summary>
public sealed class SiriStoryHost : CopiedArticlesHost
{
    protected override IEnumerable<string> ArticleFiles() => [Path.Combine(RepositoryPaths.CoqaSample, "cnn-37trt2x24qr5rf6yi81ercgxb6ajbl.txt")];
}
