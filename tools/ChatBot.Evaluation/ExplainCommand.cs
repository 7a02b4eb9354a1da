using System.Globalization;
using ChatBot.Knowledge;

namespace ChatBot.Evaluation;

/// <summary>The <c>explain</c> command: one question's top paragraphs, their best sentence and every fusion feature.</summary>
internal static class ExplainCommand
{
    public static async Task RunAsync(TextWriter output, KnowledgeHost host, string question, CancellationToken cancellationToken)
    {
        var featureSource = host.Services.GetService(typeof(IRetrievalFeatureSource)) as IRetrievalFeatureSource
            ?? throw new InvalidOperationException("No feature source registered.");
        var features = (await featureSource.GetFeaturesAsync(new RetrievalQuery(question), cancellationToken))
            .ToDictionary(f => f.Paragraph.Id);
        var passages = await host.Retriever.RetrieveAsync(new RetrievalQuery(question, 5), cancellationToken);
        output.WriteLine($"## {question}");
        foreach (var passage in passages)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passage.Paragraph.Id}  score {passage.Score:F3}  best sentence: {passage.Article.Slice(passage.Sentences[0].Span)}"));
            var values = features[passage.Paragraph.Id].Values;
            output.WriteLine("    " + string.Join("  ", featureSource.PassageFeatureNames.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name}={values[i]:F3}"))));
        }
    }
}
